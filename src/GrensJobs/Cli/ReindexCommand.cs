using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GrensJobs.Search.Indexing;

namespace GrensJobs.Cli;

/// <summary><c>reindex</c>: rebuild the search index from the store, beside the live one.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", """
            Rebuild the search index from the store (the store is the truth, the index can always be rebuilt). The new
            index is built beside the current one, which every search keeps using until the rebuilt one replaces it in
            one commit; interrupted or killed at any moment, the current index stays as it was. It ends merged into one
            segment per search slice for the fastest searches (one below 500,000 vacancies, one per core above).
            Refused (exit 1) while another process, such as serve, holds the index: stop it first; serve rebuilds an
            index of an older layout, or a broken one, by itself.
            """);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(services, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        VacancyIndex index;
        try
        {
            index = IndexSync.OpenWriter(services, "reindex", report);
        }
        catch (IndexLockedException locked)
        {
            await report.WriteLineAsync(
                $"reindex: {locked.HolderDescription} holds the search index. Stop it, then run 'grensjobs reindex' again"
                + " (serve also rebuilds an index of an older layout, or a broken one, by itself when it starts).").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        using (index)
        {
            var clock = Stopwatch.StartNew();
            index.StartRebuild();
            var result = await IndexSync.CatchUpAsync(index, services, report, cancellationToken).ConfigureAwait(false);
            var rate = result.Applied / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            await report.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"reindex: {result.Applied:N0} vacancies indexed in {clock.Elapsed.TotalSeconds:0.0} s ({rate:N0}/s), up to change {result.Sequence}.")).ConfigureAwait(false);
            await IndexSync.ReleaseAsync(index, services, "reindex", report, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
