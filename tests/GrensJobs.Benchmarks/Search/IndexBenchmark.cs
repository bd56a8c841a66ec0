using System.Globalization;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// <c>index --count N [--passes P] [--work DIR]</c>: bulk indexing alone, as the <c>search</c> benchmark's "index only"
/// step (the cached normalised corpus in memory appended to a fresh index, committed, merged into one segment per
/// search slice), without the store or the peer: quick to repeat after a change to the index layout, and to profile.
/// </summary>
internal static class IndexBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var work = arguments.WorkDirectory ?? CorpusCache.DefaultDirectory;
        IReadOnlyList<Vacancy> corpus = CorpusCache.LoadOrCreate(work, arguments.Count, arguments.Seed, cancellationToken);
        var dataDirectory = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"index-{Environment.ProcessId}"));
        await using var grens = new GrensJobsSide(dataDirectory);
        for (var pass = 1; pass <= arguments.Passes; pass++)
        {
            var cpu = SearchBenchmark.CpuTime();
            var collector = GarbageCollectorWork.Now();
            var (times, disk) = grens.IndexOnly(corpus, TimeProvider.System);
            var used = SearchBenchmark.CpuTime() - cpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: {SearchBenchmarkReport.Rate(corpus.Count, times.Total)} with commit and merge; analysis + write {SearchBenchmarkReport.Rate(corpus.Count, times.Write)}, commit {times.Commit.TotalSeconds:0.0} s, merge {times.Merge.TotalSeconds:0.0} s; {ProcessMemory.Mb(disk)} on disk; {used.TotalSeconds:0.0} CPU-s = {corpus.Count / used.TotalSeconds:N0} vacancies per CPU-second; " +
                $"garbage collector: {GarbageCollectorWork.Now().Since(collector)}"));
        }

        return 0;
    }
}
