using GrensJobs.Storage;
using GrensJobs.Storage.Sources;

namespace GrensJobs.Ingestion.Crawling;

/// <summary>What one run did: its status, pages, vacancies found, what the store made of them, and what went wrong.</summary>
public sealed record CrawlReport(
    string Source,
    CrawlRunStatus Status,
    int Pages,
    int Found,
    UpsertSummary Stored,
    int Expired,
    IReadOnlyList<string> Problems,
    string? Error)
{
    /// <summary>The reason the run is not <see cref="CrawlRunStatus.Succeeded"/>, for the source's health.</summary>
    public string? Reason => Error ?? (Problems.Count > 0 ? Problems[0] : null);
}
