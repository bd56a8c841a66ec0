namespace GrensJobs.Storage.Sources;

/// <summary>The stored (lower-case) names of the source and crawl-run enums.</summary>
internal static class SourceText
{
    public static string From(SourceHealth health) => health switch
    {
        SourceHealth.Healthy => "healthy",
        SourceHealth.Unhealthy => "unhealthy",
        _ => "unknown",
    };

    public static SourceHealth ToHealth(string text) => text switch
    {
        "healthy" => SourceHealth.Healthy,
        "unhealthy" => SourceHealth.Unhealthy,
        _ => SourceHealth.Unknown,
    };

    public static string From(CrawlRunStatus status) => status switch
    {
        CrawlRunStatus.Running => "running",
        CrawlRunStatus.Succeeded => "succeeded",
        CrawlRunStatus.Partial => "partial",
        CrawlRunStatus.Failed => "failed",
        CrawlRunStatus.Implausible => "implausible",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown crawl run status."),
    };

    public static CrawlRunStatus ToStatus(string text) => text switch
    {
        "running" => CrawlRunStatus.Running,
        "succeeded" => CrawlRunStatus.Succeeded,
        "partial" => CrawlRunStatus.Partial,
        "failed" => CrawlRunStatus.Failed,
        "implausible" => CrawlRunStatus.Implausible,
        _ => throw new InvalidDataException($"Unknown crawl run status '{text}' in the store."),
    };
}
