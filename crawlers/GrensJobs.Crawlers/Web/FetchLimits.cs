namespace GrensJobs.Crawlers.Web;

/// <summary>Limits of one run's fetching.</summary>
public sealed record FetchLimits
{
    public const long DefaultMaxBodyBytes = 10 * 1024 * 1024;

    /// <summary>Most requests the run may send.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Largest (decompressed) body read; a larger one fails that page.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;
}
