using System.Globalization;

namespace GrensJobs.Benchmarks.Search;

/// <summary>The garbage collector's work in this process so far; <see cref="Since"/> tells the work between two readings.</summary>
internal readonly record struct GarbageCollectorWork(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    public static GarbageCollectorWork Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    /// <summary>The work done since <paramref name="before"/>: collections per generation, pause time, bytes allocated.</summary>
    public string Since(GarbageCollectorWork before) => string.Create(CultureInfo.InvariantCulture,
        $"{Gen0 - before.Gen0} gen0, {Gen1 - before.Gen1} gen1, {Gen2 - before.Gen2} gen2 collections, paused {(Paused - before.Paused).TotalMilliseconds:N0} ms, allocated {ProcessMemory.Mb(Allocated - before.Allocated)}");
}
