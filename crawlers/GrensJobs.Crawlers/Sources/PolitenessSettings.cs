namespace GrensJobs.Crawlers.Sources;

/// <summary>How hard a source's hosts may be asked: requests per second per authority (host and port).</summary>
public sealed record PolitenessSettings
{
    public const double DefaultRequestsPerSecond = 1.0;

    public double RequestsPerSecond { get; init; } = DefaultRequestsPerSecond;

    /// <summary>Requests in flight at once per authority.</summary>
    public int MaxConcurrency { get; init; } = 1;
}
