using System.Diagnostics;
using System.Globalization;
using GrensJobs.Corpus;
using GrensJobs.Crawlers.SchemaOrg;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Ingestion.Http;
using GrensJobs.Normalisation;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Benchmarks.Crawl;

/// <summary>
/// The crawl engine's figures: extraction speed on one thread, then <c>--hosts</c> synthetic employer sites on
/// loopback crawled at once through the real pipeline (<c>AddCrawlHttp</c>, <see cref="CrawlFetchers"/>,
/// <see cref="SchemaOrgSiteAdapter"/>) at <c>--rate</c> requests/s each, counted at the servers, with the
/// process's memory sampled throughout.
/// </summary>
internal static class CrawlBenchmark
{
    /// <summary>Server-side arrival times may be closer than the client's send slots by this much (scheduling, loopback).</summary>
    public const double ClockToleranceMs = 10;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var jobs = SyntheticCorpus.Vacancies(500, arguments.Seed, Seeds.DefaultDirectory).ToList();
        var perHost = Math.Max(10, arguments.Pages / arguments.Hosts);
        var details = Math.Max(1, (perHost - 4) * SyntheticEmployerSite.PerListing / (SyntheticEmployerSite.PerListing + 1));
        var sites = Enumerable.Range(0, arguments.Hosts).Select(h => new SyntheticEmployerSite(h, details, jobs, today)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"crawl benchmark: {arguments.Hosts} sites × {sites[0].ExpectedRequests} requests ({details} detail pages of ~{SyntheticEmployerSite.DetailBytes / 1024} KB, {sites[0].Listings} listings) at {arguments.Rate} requests/s each; {Environment.ProcessorCount} cores; load {Load()}"));

        var extraction = MeasureExtraction(sites[0], today, arguments.Quick);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extraction (1 thread, {extraction.AverageChars / 1024:N0} K chars/page): parse+JSON-LD+microdata+links {extraction.PagesPerSecond:N0} pages/s ({extraction.PagesPerCpuSecond:N0} per CPU-second); AngleSharp parse alone {extraction.ParsePerSecond:N0} pages/s ({extraction.ParsePerCpuSecond:N0} per CPU-second)"));

        await using var servers = await EmployerSiteServers.StartAsync(sites, cancellationToken).ConfigureAwait(false);
        var run = await CrawlAllAsync(arguments, sites, servers, cancellationToken).ConfigureAwait(false);
        var politeness = PolitenessFigures.From(servers.Log, arguments.Rate, ClockToleranceMs);
        CrawlReport.Print(arguments, sites, run, politeness, extraction, Load());
        return run.Vacancies == (long)details * arguments.Hosts && politeness.SitesOverLimit == 0 ? 0 : 1;
    }

    private static ExtractionFigures MeasureExtraction(SyntheticEmployerSite site, DateOnly today, bool quick)
    {
        var origin = "http://127.0.0.2:8080";
        var pages = Enumerable.Range(1, Math.Min(site.Details, 50))
            .Select(n => (site.DetailHtml(n, origin), new Uri(origin + "/vacatures/" + n.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        var defaults = new JobPostingDefaults { SourceId = "bench", Today = today, Country = "NL", Language = "nl" };
        return ExtractionBenchmark.Run(pages, defaults, TimeSpan.FromSeconds(quick ? 4 : 10));
    }

    private static async Task<CrawlRun> CrawlAllAsync(
        BenchmarkArguments arguments, List<SyntheticEmployerSite> sites, EmployerSiteServers servers, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCrawlHttp();
        await using var provider = services.BuildServiceProvider();
        var fetchers = provider.GetRequiredService<CrawlFetchers>();
        var adapter = new SchemaOrgSiteAdapter();
        var definitions = sites.Select((site, i) => new SourceDefinition
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"bench-{i:000}"),
            Kind = SourceKinds.SchemaOrg,
            Url = new Uri(servers.Origins[i], "/vacatures"),
            Country = "NL",
            Language = "nl",
            MaxPages = site.ExpectedRequests + 10,
            AllowPrivateAddresses = true,
            Politeness = new PolitenessSettings { RequestsPerSecond = arguments.Rate },
        }).ToList();

        long vacancies = 0;
        var problems = new List<string>();
        var interval = TimeSpan.FromSeconds(arguments.Quick ? 2 : 5);
        var start = Stopwatch.GetTimestamp();
        await using (var sampler = new MemorySampler(interval, () => servers.Log.Total))
        {
            await Parallel.ForEachAsync(
                definitions,
                new ParallelOptions { MaxDegreeOfParallelism = definitions.Count, CancellationToken = cancellationToken },
                async (definition, token) =>
                {
                    using var fetcher = fetchers.Create(definition);
                    var context = new SourceReadContext(definition, fetcher, TimeProvider.System);
                    await foreach (var _ in adapter.ReadAsync(context, token).ConfigureAwait(false))
                    {
                        Interlocked.Increment(ref vacancies);
                    }

                    lock (problems)
                    {
                        problems.AddRange(context.Problems.Select(p => definition.Id + ": " + p));
                    }
                }).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(start);
            sampler.TakeSample();
            return new CrawlRun(elapsed, vacancies, problems, sampler.Samples, servers.Log.Bytes);
        }
    }

    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => a + " " + b);
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
