using System.Diagnostics;
using System.Globalization;
using GrensJobs.Benchmarks.Search;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using Microsoft.Extensions.Options;

namespace GrensJobs.Benchmarks.Hostile;

/// <summary>
/// <c>hostile --count N [--queries Q] [--seed S] [--quick]</c>: the hostile-query mix (<see cref="HostileQueries"/>)
/// against an index of N synthetic vacancies (the <c>search</c> benchmark's cached corpus, indexed as a rebuild does and
/// kept in the work directory for the next run). Each request is checked against <see cref="SearchLimits"/> (timed); a
/// request within them is searched with the default time budget, one beyond them is searched too, to measure the
/// engine's own bounds. Prints per kind: count, p50/p99/max cost, how many ended by the time budget, and the worst query;
/// then the hostile requests within the limits from four clients at once (<see cref="ConcurrentPass"/>).
/// </summary>
internal static class HostileBenchmark
{
    public const string ResultsOutcome = "results";
    public const string BudgetOutcome = "time budget";

    /// <summary>A request within the limits must cost no more than this (issue 13, at 100k vacancies).</summary>
    private const double TargetMilliseconds = 200;

    /// <summary>Clients of the concurrent pass (the "four at once").</summary>
    private const int Clients = 4;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var work = arguments.WorkDirectory ?? CorpusCache.DefaultDirectory;
        IReadOnlyList<Vacancy> corpus = CorpusCache.LoadOrCreate(work, arguments.Count, arguments.Seed, cancellationToken);
        var queries = HostileQueries.Create(corpus, arguments.Queries, arguments.Seed);
        using var analyzers = new VacancyAnalyzers();
        var indexDirectory = KeptIndex.PathFor(work, arguments.Count, arguments.Seed);
        if (!Directory.Exists(indexDirectory))
        {
            KeptIndex.Build(indexDirectory, corpus, analyzers);
        }

        corpus = [];
        await Task.Yield();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        var options = Options.Create(new SearchOptions());
        using var index = VacancyIndex.OpenWriter(indexDirectory, analyzers);
        var normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);
        using var searcher = new VacancySearcher(normaliser, analyzers, options: options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hostile queries: {queries.Count:N0} on {index.DocumentCount():N0} vacancies, time budget {options.Value.TimeBudgetMilliseconds:N0} ms; {MachineLoad.Describe()}"));

        // Warm-up: the normal queries once (JIT, caches of the index), then every request measured once.
        foreach (var query in queries.Where(q => q.Kind.StartsWith("normal", StringComparison.Ordinal)))
        {
            Run(searcher, normaliser, index, query);
        }

        var timings = queries.Select(q => Run(searcher, normaliser, index, q)).ToList();
        HostileReport.Print(timings, TargetMilliseconds, Console.Out);

        var hostileWithin = timings.Where(t => t.Within && !t.Query.Kind.StartsWith("normal", StringComparison.Ordinal)).Select(t => t.Query).ToList();
        ConcurrentPass.Run(hostileWithin, Clients, q => Run(searcher, normaliser, index, q), Console.Out);
        Console.WriteLine($"at the end: {MachineLoad.Describe()}");
        return timings.Any(t => t.Failed) ? 1 : 0;
    }

    private static HostileTiming Run(VacancySearcher searcher, VacancyNormaliser normaliser, VacancyIndex index, HostileQuery query)
    {
        var check = Stopwatch.GetTimestamp();
        var beyond = RequestLimits.Beyond(query.Request, normaliser);
        var checkMicroseconds = Stopwatch.GetElapsedTime(check).TotalMicroseconds;

        var start = Stopwatch.GetTimestamp();
        string outcome;
        long total = -1;
        try
        {
            total = searcher.Search(index, query.Request).Total;
            outcome = ResultsOutcome;
        }
        catch (SearchTimeoutException)
        {
            outcome = BudgetOutcome;
        }
#pragma warning disable CA1031 // the benchmark reports every unexpected failure of the engine and goes on
        catch (Exception e)
#pragma warning restore CA1031
        {
            outcome = e.GetType().Name;
        }

        return new HostileTiming(query, beyond, checkMicroseconds, Stopwatch.GetElapsedTime(start).TotalMilliseconds, outcome, total);
    }
}
