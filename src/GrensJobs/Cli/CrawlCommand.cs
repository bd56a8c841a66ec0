using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Ingestion.Crawling;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using GrensJobs.Storage.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>crawl (--source ID… | --all | --url URL)</c>: run crawls now, outside the scheduler.</summary>
internal static class CrawlCommand
{
    public const int DefaultUrlMaxPages = 2_000;
    public const int DefaultUrlMaxMinutes = 10;

    /// <summary>The most <c>--max-pages</c> and <c>--max-minutes</c> take (a week of crawling).</summary>
    public const int MaxPagesLimit = 10_000_000;
    public const int MaxMinutesLimit = 7 * 24 * 60;

    public static Command Create()
    {
        var source = new Option<string[]>("--source") { Description = "Ids of sources under crawlers/sources/ to crawl.", HelpName = "ID", AllowMultipleArgumentsPerToken = true };
        var all = new Option<bool>("--all") { Description = "Crawl every source under crawlers/sources/." };
        var url = new Option<string?>("--url") { Description = $"Crawl one employer site from its start URL with no definition: robots.txt, sitemaps, links, schema.org JobPosting (JSON-LD, microdata). Caps: {DefaultUrlMaxPages:N0} pages, {DefaultUrlMaxMinutes} minutes.", HelpName = "URL" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Store nothing and record no run." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Print every open vacancy found, normalised, one JSON object a line on stdout." };
        var maxPages = new Option<int?>("--max-pages") { Description = "Most pages (requests) per source.", HelpName = "N", CustomParser = CliNumbers.WholeNumber(1, MaxPagesLimit) };
        var maxMinutes = new Option<double?>("--max-minutes") { Description = "Stop each source after this many minutes (the run is then partial).", HelpName = "M", CustomParser = CliNumbers.PositiveNumber(MaxMinutesLimit) };
        var command = new Command("crawl", """
            Run crawls now, outside the scheduler. Vacancies are normalised and stored (upsert by source and id),
            then applied to the search index. Only a successful, complete and plausible crawl expires the vacancies
            a source no longer lists; a failed, partial or implausible one expires nothing and marks the source
            unhealthy. A start page or robots.txt that cannot be read (refused, timed out, robots.txt answering
            5xx) fails the source. Each problem is printed as one line when it happens (URL, status or cause, what
            was done), then one summary line per source. On a terminal the progress of the running sources (pages,
            vacancies, problems) is redrawn in place; with stderr redirected, one progress line every 10 seconds.
            Retries and their details are logged at Debug (GrensJobs__Logging__LogLevel__Polly=Debug).
            Exit 1 when any source failed (the others still complete); a partial source is exit 0.
            """)
        {
            source, all, url, dryRun, jsonl, maxPages, maxMinutes,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new CrawlArguments(
                parseResult.GetValue(source) ?? [], parseResult.GetValue(all), parseResult.GetValue(url),
                parseResult.GetValue(dryRun), parseResult.GetValue(jsonl), parseResult.GetValue(maxPages), parseResult.GetValue(maxMinutes));
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(
                options, services, Console.OpenStandardOutput(), Console.Error, cancellationToken, terminal: !Console.IsErrorRedirected)
                .ConfigureAwait(false);
        });
        return command;
    }

    /// <param name="terminal">stderr is a terminal: progress is redrawn in place (else a line every few seconds).</param>
    internal static async Task<int> RunAsync(
        CrawlArguments arguments, IServiceProvider services, Stream output, TextWriter report, CancellationToken cancellationToken,
        bool terminal = false)
    {
        if (arguments.Validate() is { } usage)
        {
            await report.WriteLineAsync($"crawl: {usage}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var runner = services.GetRequiredService<CrawlRunner>();
        var definitions = arguments.Url is { } start
            ? [AdHocSite.Definition(new Uri(start), arguments.MaxPages ?? DefaultUrlMaxPages)]
            : await SelectAsync(arguments, services, report).ConfigureAwait(false);
        if (definitions is null)
        {
            return ExitCodes.BadInput;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16);
        using var index = arguments.DryRun ? null : IndexSync.TryOpenWriter(services, "crawl", report);
        var store = services.GetRequiredService<IVacancyStore>();
        var gate = new SemaphoreSlim(1, 1);
        await using var display = new CrawlProgressDisplay(
            report, terminal, TerminalWidth(terminal), services.GetRequiredService<TimeProvider>());
        var request = new CrawlRequest
        {
            DryRun = arguments.DryRun,
            MaxPages = arguments.MaxPages,
            MaxDuration = arguments.MaxDuration,
            OnStarted = display.Started,
            OnProblem = display.Problem,
            OnVacancy = async (vacancy, token) =>
            {
                if (arguments.Jsonl)
                {
                    await WriteLineAsync(writer, gate, vacancy, token).ConfigureAwait(false);
                }
            },
            AfterBatch = index is null ? null : async token =>
            {
                await gate.WaitAsync(token).ConfigureAwait(false);
                try
                {
                    await IndexCatchUp.RunAsync(index, store, progress: null, token).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            },
        };

        var failed = 0;
        await Parallel.ForEachAsync(
            definitions,
            new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (definition, token) =>
            {
                var result = await runner.RunAsync(definition, request, token).ConfigureAwait(false);
                if (result.Status == CrawlRunStatus.Failed)
                {
                    Interlocked.Increment(ref failed);
                }

                display.Finished(result.Source, CrawlSummary.Describe(result, arguments.DryRun));
            }).ConfigureAwait(false);
        if (!arguments.DryRun)
        {
            await IndexSync.FinishWritingAsync(index, services, "crawl", report, cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static async Task<IReadOnlyList<SourceDefinition>?> SelectAsync(
        CrawlArguments arguments, IServiceProvider services, TextWriter report)
    {
        var catalog = SourceDefinitionLoader.LoadDirectory(
            SourceDirectory.Resolve(services), [.. services.GetServices<ISourceAdapter>()]);
        var chosen = new List<SourceDefinition>();
        foreach (var id in arguments.Sources.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (catalog.Find(id) is { } definition)
            {
                chosen.Add(definition);
            }
            else
            {
                await report.WriteLineAsync(
                    $"crawl: unknown or invalid source '{id}'; `grensjobs sources list` shows the sources, `grensjobs sources check` what is wrong with them.").ConfigureAwait(false);
                return null;
            }
        }

        if (arguments.All)
        {
            chosen.AddRange(catalog.Definitions);
        }

        if (!catalog.IsValid && (arguments.All || arguments.Sources.Count > 0))
        {
            foreach (var error in catalog.Errors)
            {
                await report.WriteLineAsync(error.ToString()).ConfigureAwait(false);
            }

            await report.WriteLineAsync($"crawl: {catalog.Errors.Count} problem(s) in the source definitions; the valid ones are crawled.").ConfigureAwait(false);
        }

        return chosen.DistinctBy(definition => definition.Id).ToList();
    }

    private static int TerminalWidth(bool terminal)
    {
        try
        {
            return terminal ? Console.WindowWidth : 0;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private static async ValueTask WriteLineAsync(StreamWriter writer, SemaphoreSlim gate, Vacancy vacancy, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(vacancy, GrensJobsJson.Context.Vacancy);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await writer.WriteLineAsync(line).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}

internal sealed record CrawlArguments(
    IReadOnlyList<string> Sources, bool All, string? Url, bool DryRun, bool Jsonl, int? MaxPages, double? MaxMinutes)
{
    public TimeSpan? MaxDuration => MaxMinutes is { } minutes ? TimeSpan.FromMinutes(minutes)
        : Url is not null ? TimeSpan.FromMinutes(CrawlCommand.DefaultUrlMaxMinutes)
        : null;

    /// <summary>What is wrong with the usage, or null.</summary>
    public string? Validate()
    {
        var modes = (Sources.Count > 0 ? 1 : 0) + (All ? 1 : 0) + (Url is not null ? 1 : 0);
        if (modes != 1)
        {
            return "give exactly one of --source ID…, --all or --url URL.";
        }

        if (Url is not null && (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return $"--url: \"{Url}\" is not an absolute http(s) URL.";
        }

        if (MaxPages is <= 0)
        {
            return "--max-pages must be at least 1.";
        }

        return MaxMinutes is <= 0 ? "--max-minutes must be more than 0." : null;
    }
}

/// <summary>The definition <c>crawl --url</c> makes up for an employer site.</summary>
internal static class AdHocSite
{
    public static SourceDefinition Definition(Uri start, int maxPages) => new()
    {
        Id = IdOf(start),
        Kind = SourceKinds.SchemaOrg,
        Name = start.Host,
        Url = start,
        MaxPages = maxPages,
    };

    /// <summary>A source id from the host (and port when not the default): www.venlo-techniek.nl → venlo-techniek-nl.</summary>
    public static string IdOf(Uri start)
    {
        var host = start.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? start.Host[4..] : start.Host;
        var id = new StringBuilder();
        foreach (var c in host.ToLowerInvariant())
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        if (!start.IsDefaultPort)
        {
            id.Append('-').Append(start.Port.ToString(CultureInfo.InvariantCulture));
        }

        return id.ToString().Trim('-');
    }
}
