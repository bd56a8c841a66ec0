using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// The serving half of the search benchmark in a process of its own, as <c>serve</c> runs after <c>reindex</c>: a
/// process that has just held the corpus and built the store and two indexes keeps a garbage collector sized by that
/// history, which would show in the serving memory and p99. <c>search --count N --index DIR [--passes P]</c> serves a
/// kept index by hand (built from the cached corpus when DIR is missing; for profiling with <c>dotnet-trace</c>); the
/// full benchmark starts the same verb with <c>--query-file</c> and <c>--result-file</c> and reads the first measured
/// pass back. Each run: a warm-up pass, then P measured passes with latencies and memory after each.
/// </summary>
internal static class ServingPhase
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>What the serving process hands back to the full benchmark: its first measured pass and memory after it.</summary>
    internal sealed record Result(IReadOnlyList<QueryTiming> Timings, ProcessMemory Memory);

    /// <summary>Runs the serving phase on the built index in a child process (this index must be closed) and returns its result.</summary>
    public static async Task<Result> RunInChildAsync(BenchmarkArguments arguments, string indexDirectory,
        IReadOnlyList<BenchmarkQuery> queries, CancellationToken cancellationToken)
    {
        var queryFile = Path.Combine(Path.GetDirectoryName(indexDirectory)!, "queries.json");
        var resultFile = Path.Combine(Path.GetDirectoryName(indexDirectory)!, "serving-result.json");
        await File.WriteAllTextAsync(queryFile, JsonSerializer.Serialize(queries, Json), cancellationToken);

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     typeof(ServingPhase).Assembly.Location, "search",
                     "--count", arguments.Count.ToString(CultureInfo.InvariantCulture),
                     "--index", indexDirectory, "--query-file", queryFile, "--result-file", resultFile,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the serving process");
        await child.WaitForExitAsync(cancellationToken);
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"the serving process failed (exit {child.ExitCode}); its output is above");
        }

        return JsonSerializer.Deserialize<Result>(await File.ReadAllTextAsync(resultFile, cancellationToken), Json)
               ?? throw new InvalidDataException($"{resultFile} is empty");
    }

    public static async Task<int> RunAsync(BenchmarkArguments arguments, string indexDirectory, CancellationToken cancellationToken)
    {
        using var analyzers = new VacancyAnalyzers();
        var queries = arguments.QueryFile is { } queryFile
            ? JsonSerializer.Deserialize<List<BenchmarkQuery>>(await File.ReadAllTextAsync(queryFile, cancellationToken), Json)
              ?? throw new InvalidDataException($"{queryFile} is empty")
            : await PrepareByHandAsync(arguments, indexDirectory, cancellationToken);

        await Task.Yield();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var index = VacancyIndex.OpenWriter(indexDirectory, analyzers);
        using var searcher = new VacancySearcher(VacancyNormaliser.Load(Seeds.DefaultDirectory), analyzers);
        Task<long> Search(BenchmarkQuery query, CancellationToken token) =>
            Task.FromResult(searcher.Search(index, BenchmarkSearchRequest.From(query)).Total);

        Console.WriteLine($"serving process {Environment.ProcessId}, {index.DocumentCount():N0} documents; live heap {ProcessMemory.Mb(GC.GetTotalMemory(forceFullCollection: true))}; memory before queries: {ProcessMemory.Read(indexDirectory)}");
        await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
        for (var pass = 1; pass <= Math.Max(1, arguments.Passes); pass++)
        {
            var collector = GarbageCollectorWork.Now();
            var result = await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
            Console.WriteLine($"garbage collector during pass {pass}: {GarbageCollectorWork.Now().Since(collector)}");
            var memory = ProcessMemory.Read(indexDirectory);
            result.Print(string.Create(CultureInfo.InvariantCulture, $"pass {pass}"), Console.Out);
            Console.WriteLine($"memory after pass {pass}: {memory}; live heap {ProcessMemory.Mb(GC.GetTotalMemory(forceFullCollection: true))}");
            if (pass == 1 && arguments.ResultFile is { } resultFile)
            {
                await File.WriteAllTextAsync(resultFile, JsonSerializer.Serialize(new Result(result.Timings, memory), Json), cancellationToken);
            }
        }

        return 0;
    }

    /// <summary>
    /// By hand: the query mix from the cached corpus and, when DIR is missing, the index built as the full run builds
    /// it — stored first (dedup clusters and all), then indexed from the store — and copied to DIR.
    /// </summary>
    private static async Task<IReadOnlyList<BenchmarkQuery>> PrepareByHandAsync(BenchmarkArguments arguments, string indexDirectory,
        CancellationToken cancellationToken)
    {
        var work = arguments.WorkDirectory ?? CorpusCache.DefaultDirectory;
        var corpus = CorpusCache.LoadOrCreate(work, arguments.Count, arguments.Seed, cancellationToken);
        if (!Directory.Exists(indexDirectory))
        {
            await using var side = new GrensJobsSide(Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"data-{Environment.ProcessId}")));
            var load = await side.LoadStoreAsync(corpus, cancellationToken);
            var (elapsed, applied) = await side.IndexFromStoreAsync(cancellationToken);
            side.CloseIndex();
            Directory.CreateDirectory(indexDirectory);
            foreach (var file in Directory.EnumerateFiles(side.IndexDirectory))
            {
                File.Copy(file, Path.Combine(indexDirectory, Path.GetFileName(file)));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index built in {indexDirectory} through the store: store load {GrensJobsSide.Rate(corpus.Count, load)}, {applied:N0} indexed from the store {GrensJobsSide.Rate(corpus.Count, elapsed)}"));
        }

        return QueryMix.Create(corpus, arguments.Queries, arguments.Seed);
    }
}
