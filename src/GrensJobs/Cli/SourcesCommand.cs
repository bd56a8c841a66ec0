using System.CommandLine;
using System.Globalization;
using System.Text;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Storage.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>sources list | check [ID]</c>: the source definitions with their last runs, and their validation.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the sources under crawlers/sources/ with their schedule, health and last run.");
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await ListAsync(services, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });

        var id = new Argument<string?>("ID") { Description = "Check only this source.", Arity = ArgumentArity.ZeroOrOne };
        var check = new Command("check", """
            Validate the definitions under crawlers/sources/: YAML, required keys, URLs, schedules (Quartz cron, never
            between 02:00 and 03:00), CSS selectors and each adapter's settings. Each problem is printed as
            file:line: reason; the exit code is then 2.
            """)
        {
            id,
        };
        check.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await CheckAsync(parseResult.GetValue(id), services, Console.Error).ConfigureAwait(false);
        });

        return new Command("sources", "The crawl sources: list them with their last runs, or check their definitions.") { list, check };
    }

    internal static async Task<int> CheckAsync(string? id, IServiceProvider services, TextWriter report)
    {
        var directory = SourceDirectory.Resolve(services);
        var catalog = SourceDefinitionLoader.LoadDirectory(directory, [.. services.GetServices<ISourceAdapter>()]);
        var errors = id is null
            ? catalog.Errors
            : [.. catalog.Errors.Where(error => string.Equals(Path.GetFileNameWithoutExtension(error.File), id, StringComparison.Ordinal))];
        if (id is not null && errors.Count == 0 && catalog.Find(id) is null)
        {
            await report.WriteLineAsync($"sources check: no source '{id}' under {directory}.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        foreach (var error in errors)
        {
            await report.WriteLineAsync(error.ToString()).ConfigureAwait(false);
        }

        var checkedCount = id is null ? catalog.Definitions.Count + errors.Select(error => error.File).Distinct(StringComparer.Ordinal).Count() : 1;
        await report.WriteLineAsync(errors.Count == 0
            ? $"sources check: {(id is null ? catalog.Definitions.Count.ToString(CultureInfo.InvariantCulture) + " definitions" : id)} valid ({directory})."
            : $"sources check: {errors.Count} problem(s) in {checkedCount} definition(s).").ConfigureAwait(false);
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    internal static async Task<int> ListAsync(IServiceProvider services, TextWriter output, TextWriter report, CancellationToken cancellationToken)
    {
        var catalog = SourceDefinitionLoader.LoadDirectory(SourceDirectory.Resolve(services), [.. services.GetServices<ISourceAdapter>()]);
        var crawlLog = services.GetRequiredService<ICrawlLog>();
        var known = (await crawlLog.ListSourcesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(source => source.Id, StringComparer.Ordinal);
        var rows = new List<string[]> { Header };
        var ids = catalog.Definitions.Select(definition => definition.Id).Union(known.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var sourceId in ids)
        {
            var definition = catalog.Find(sourceId);
            known.TryGetValue(sourceId, out var record);
            var recent = await crawlLog.GetRecentCrawlRunsAsync(sourceId, 1, cancellationToken).ConfigureAwait(false);
            var last = recent.Count > 0 ? recent[0] : null;
            rows.Add(
            [
                sourceId,
                definition?.Kind ?? record?.Kind ?? "",
                definition is null ? "(no definition)" : definition.Schedule ?? "(on demand)",
                (record?.Health ?? SourceHealth.Unknown).ToString().ToLowerInvariant(),
                last is null ? "never" : last.Started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                last?.Result.Status.ToString().ToLowerInvariant() ?? "",
                Count(last?.Result.Pages), Count(last?.Result.New), Count(last?.Result.Updated),
                Count(last?.Result.Unchanged), Count(last?.Result.Expired),
                record?.HealthReason ?? last?.Result.Error ?? "",
            ]);
        }

        await output.WriteAsync(Table(rows)).ConfigureAwait(false);
        if (!catalog.IsValid)
        {
            await report.WriteLineAsync($"sources: {catalog.Errors.Count} problem(s) in the definitions; run `grensjobs sources check`.").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static readonly string[] Header =
        ["ID", "KIND", "SCHEDULE", "HEALTH", "LAST RUN", "STATUS", "PAGES", "NEW", "UPD", "SAME", "EXP", "REASON"];

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Table(List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Length; column++)
            {
                text.Append(column == row.Length - 1 ? row[column] : row[column].PadRight(widths[column] + 2));
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
