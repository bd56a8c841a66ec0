namespace GrensJobs.Storage.Sources;

/// <summary>What a finished crawl run did.</summary>
public sealed record CrawlRunResult(
    CrawlRunStatus Status,
    int Pages,
    int New,
    int Updated,
    int Unchanged,
    int Expired,
    string? Error = null);
