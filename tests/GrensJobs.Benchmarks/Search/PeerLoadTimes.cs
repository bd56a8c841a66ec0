namespace GrensJobs.Benchmarks.Search;

/// <summary>How long the peer took to load: COPY (with tsvector generation), index builds, VACUUM ANALYZE.</summary>
internal sealed record PeerLoadTimes(TimeSpan Copy, TimeSpan Indexes, TimeSpan Analyze)
{
    public TimeSpan Total => Copy + Indexes + Analyze;
}
