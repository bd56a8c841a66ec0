using System.Globalization;
using System.Runtime;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// <c>search --count N [--queries Q] [--quick] [--skip-peer] [--work DIR]</c>: GrensJobs and the PostgreSQL full-text
/// peer in one run on the same normalised corpus (cached in the work directory) and the same query mix. GrensJobs:
/// store load, index from the store (as <c>reindex</c>), index alone; then, in a serving process of its own
/// (<see cref="ServingPhase"/>), a warm-up and a measured pass and memory while serving. Then the peer, the comparison
/// with ratios and a block for the README.
/// </summary>
internal static class SearchBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.IndexDirectory is { } kept)
        {
            return await ServingPhase.RunAsync(arguments, kept, cancellationToken);
        }

        var work = arguments.WorkDirectory ?? CorpusCache.DefaultDirectory;
        IReadOnlyList<Vacancy>? corpus = CorpusCache.LoadOrCreate(work, arguments.Count, arguments.Seed, cancellationToken);
        var corpusPath = CorpusCache.PathFor(work, arguments.Count, arguments.Seed);
        var queries = QueryMix.Create(corpus, arguments.Queries, arguments.Seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"query mix: {queries.Count} queries ({string.Join(", ", queries.CountBy(q => q.Kind).Select(k => $"{k.Value} {k.Key}"))})"));
        var figures = new SearchBenchmarkFigures(corpus.Count, queries.Count, new FileInfo(corpusPath).Length);

        var dataDirectory = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"data-{Environment.ProcessId}"));
        await using (var grens = new GrensJobsSide(dataDirectory))
        {
            await BuildAsync(grens, corpus, figures, cancellationToken);
            corpus = null;

            // The build's continuations ran inline on this thread: their frames (which hold the corpus) are still
            // below this one. Continue on a fresh stack so the corpus can be collected.
            await Task.Yield();
            ReleaseMemory();
            await ServeAsync(arguments, grens, queries, figures, cancellationToken);
        }

        if (!arguments.SkipPeer)
        {
            corpus = CorpusCache.Load(corpusPath, figures.Count, cancellationToken);
            await RunPeerAsync(corpus, queries, figures, cancellationToken);
        }

        SearchBenchmarkReport.PrintComparison(figures, Console.Out);
        SearchBenchmarkReport.PrintReadmeBlock(figures, TimeProvider.System.GetUtcNow(), Console.Out);
        return 0;
    }

    private static async Task BuildAsync(GrensJobsSide grens, IReadOnlyList<Vacancy> corpus, SearchBenchmarkFigures figures, CancellationToken cancellationToken)
    {
        Heap("corpus in memory");
        figures.StoreLoad = await grens.LoadStoreAsync(corpus, cancellationToken);
        figures.StoreDiskBytes = grens.StoreDiskBytes();
        Console.WriteLine($"grensjobs store load: {SearchBenchmarkReport.Rate(figures.Count, figures.StoreLoad)} (SQLite upsert in batches of 1,000), {ProcessMemory.Mb(figures.StoreDiskBytes)} on disk");

        var cpu = CpuTime();
        var (fromStore, applied) = await grens.IndexFromStoreAsync(cancellationToken);
        var fromStoreCpu = CpuTime() - cpu;
        figures.IndexFromStore = fromStore;
        figures.IndexDiskBytes = grens.Index.DiskBytes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"grensjobs index from store: {SearchBenchmarkReport.Rate(figures.Count, fromStore)} ({applied:N0} applied: read + JSON parse + analysis + write + commit + merge into one segment per search slice, as reindex), {grens.Index.DocumentCount():N0} documents in {grens.Index.SegmentCount()} segments, {ProcessMemory.Mb(figures.IndexDiskBytes)} on disk; {fromStoreCpu.TotalSeconds:0.0} CPU-s = {figures.Count / fromStoreCpu.TotalSeconds:N0} vacancies per CPU-second"));

        Heap("index from store");
        cpu = CpuTime();
        var (indexOnly, onlyDisk) = grens.IndexOnly(corpus, TimeProvider.System);
        var indexOnlyCpu = CpuTime() - cpu;
        figures.IndexOnly = indexOnly;
        figures.IndexOnlyDiskBytes = onlyDisk;
        Console.WriteLine($"grensjobs index only: {SearchBenchmarkReport.Rate(figures.Count, indexOnly.Total)} (in-memory vacancies: analysis + write + commit + merge into one segment per search slice; " +
            $"analysis + write alone {SearchBenchmarkReport.Rate(figures.Count, indexOnly.Write)}, commit {indexOnly.Commit.TotalSeconds:0.0} s, merge {indexOnly.Merge.TotalSeconds:0.0} s), {ProcessMemory.Mb(onlyDisk)} on disk; " +
            string.Create(CultureInfo.InvariantCulture, $"{indexOnlyCpu.TotalSeconds:0.0} CPU-s = {figures.Count / indexOnlyCpu.TotalSeconds:N0} vacancies per CPU-second"));
    }

    private static async Task ServeAsync(BenchmarkArguments arguments, GrensJobsSide grens, IReadOnlyList<BenchmarkQuery> queries,
        SearchBenchmarkFigures figures, CancellationToken cancellationToken)
    {
        Heap("corpus released");
        grens.CloseIndex();
        var serving = await ServingPhase.RunInChildAsync(arguments, grens.IndexDirectory, queries, cancellationToken);
        figures.GrensJobs = new QueryMixResult(serving.Timings);
        figures.GrensJobs.Print("grensjobs", Console.Out);
        figures.Memory = serving.Memory;
        Console.WriteLine($"grensjobs memory while serving (serving process): {figures.Memory}");
    }

    private static async Task RunPeerAsync(IReadOnlyList<Vacancy> corpus, IReadOnlyList<BenchmarkQuery> queries, SearchBenchmarkFigures figures, CancellationToken cancellationToken)
    {
        await using var server = await PostgresServer.StartAsync(cancellationToken);
        Console.WriteLine(server.Description);
        await using var peer = new PostgresFtsPeer(server.ConnectionString);
        var load = await peer.LoadAsync(corpus, cancellationToken);
        figures.PeerLoad = load.Total;
        figures.PeerDiskBytes = await peer.DiskBytesAsync(cancellationToken);
        Console.WriteLine($"postgres load: {SearchBenchmarkReport.Rate(figures.Count, load.Total)} (COPY {load.Copy.TotalSeconds:0.0} s, indexes {load.Indexes.TotalSeconds:0.0} s, VACUUM ANALYZE {load.Analyze.TotalSeconds:0.0} s), {ProcessMemory.Mb(figures.PeerDiskBytes.Value)} on disk");

        async Task<long> Search(BenchmarkQuery query, CancellationToken token) => (await peer.SearchAsync(query, token)).Total;
        await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
        figures.Peer = await QueryMixRunner.RunAsync(queries, Search, cancellationToken);
        figures.Peer.Print("postgres", Console.Out);
    }

    /// <summary>CPU time of this process so far (all threads): a cost that the load of a shared machine does not inflate.</summary>
    internal static TimeSpan CpuTime()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Prints the live managed heap after a full collection: where memory stays.</summary>
    private static void Heap(string after) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap after {after}: {ProcessMemory.Mb(GC.GetTotalMemory(forceFullCollection: true))}"));

    /// <summary>Drops what the build left (the corpus, writer buffers) so the serving figures show the index and searcher only.</summary>
    private static void ReleaseMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
