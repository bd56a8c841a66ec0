namespace GrensJobs.Storage.Sources;

/// <summary>How a crawl run ended; only <see cref="Succeeded"/> may expire vacancies.</summary>
public enum CrawlRunStatus
{
    Running,
    Succeeded,
    Partial,
    Failed,
    Implausible,
}
