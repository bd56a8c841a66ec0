namespace GrensJobs.Benchmarks.Search;

/// <summary>What one <c>search</c> run measured, for the comparison and the README block.</summary>
internal sealed record SearchBenchmarkFigures(int Count, int Queries, long CorpusDiskBytes)
{
    public TimeSpan StoreLoad { get; set; }

    public long StoreDiskBytes { get; set; }

    public TimeSpan IndexFromStore { get; set; }

    public GrensJobsSide.AppendTimes IndexOnly { get; set; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public long IndexDiskBytes { get; set; }

    public long IndexOnlyDiskBytes { get; set; }

    public QueryMixResult? GrensJobs { get; set; }

    public ProcessMemory? Memory { get; set; }

    public TimeSpan? PeerLoad { get; set; }

    public long? PeerDiskBytes { get; set; }

    public QueryMixResult? Peer { get; set; }
}
