using System.Globalization;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// <c>search --count N --index DIR [--passes P]</c>: the serving half of the search benchmark on a kept index, for
/// profiling (attach <c>dotnet-trace</c> or <c>dotnet-gcdump</c> while it runs). The index in DIR is built from the
/// cached corpus when missing (analysis + write, no store) and reused afterwards; then the query mix runs a warm-up
/// and P measured passes, with latencies and memory printed after each.
/// </summary>
internal static class ServingProfile
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, string indexDirectory, CancellationToken cancellationToken)
    {
        var work = arguments.WorkDirectory ?? CorpusCache.DefaultDirectory;
        IReadOnlyList<Vacancy>? corpus = CorpusCache.LoadOrCreate(work, arguments.Count, arguments.Seed, cancellationToken);
        var queries = QueryMix.Create(corpus, arguments.Queries, arguments.Seed);
        using var analyzers = new VacancyAnalyzers();
        if (!Directory.Exists(indexDirectory))
        {
            Build(indexDirectory, corpus, analyzers);
        }

        corpus = null;
        await Task.Yield();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        Live("corpus released");
        using var index = VacancyIndex.OpenWriter(indexDirectory, analyzers);
        Live("index open");
        var searcher = new VacancySearcher(VacancyNormaliser.Load(Seeds.DefaultDirectory), analyzers);
        Live("normaliser loaded");
        Task<long> Search(BenchmarkQuery query, CancellationToken token) =>
            Task.FromResult(searcher.Search(index, BenchmarkSearchRequest.From(query)).Total);

        Console.WriteLine($"memory before queries: {ProcessMemory.Read(indexDirectory)}");
        await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
        for (var pass = 1; pass <= arguments.Passes; pass++)
        {
            var result = await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
            result.Print(string.Create(CultureInfo.InvariantCulture, $"pass {pass}"), Console.Out);
            Console.WriteLine($"memory after pass {pass}: {ProcessMemory.Read(indexDirectory)}");
            Live(string.Create(CultureInfo.InvariantCulture, $"pass {pass}"));
        }

        return 0;
    }

    /// <summary>The live managed heap after a full collection.</summary>
    private static void Live(string after) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live heap after {after}: {ProcessMemory.Mb(GC.GetTotalMemory(forceFullCollection: true))}"));

    private static void Build(string directory, IReadOnlyList<Vacancy> corpus, VacancyAnalyzers analyzers)
    {
        var now = TimeProvider.System.GetUtcNow();
        using var index = VacancyIndex.OpenWriter(directory, analyzers, ramBufferMegabytes: 256);
        for (var start = 0; start < corpus.Count; start += 2_000)
        {
            var batch = new StoredVacancy[Math.Min(2_000, corpus.Count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = new StoredVacancy(corpus[start + i], VacancyStatus.Open, now, now, null, null, start + i + 1);
            }

            index.Apply(batch, append: true);
        }

        index.Commit(corpus.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index built in {directory}: {index.DocumentCount():N0} documents"));
    }
}
