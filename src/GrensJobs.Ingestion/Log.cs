using GrensJobs.Storage.Sources;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Ingestion;

/// <summary>Source-generated log messages of the crawl engine; event ids 4000–4199.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Crawl of {Source} ({Kind}) started at {Url}")]
    public static partial void CrawlStarted(ILogger logger, string source, string kind, Uri url);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Crawl of {Source} ended {Status}: {Pages} pages, {Found} vacancies, {Expired} expired; {Reason}")]
    public static partial void CrawlFinished(
        ILogger logger, string source, CrawlRunStatus status, int pages, int found, int expired, string? reason);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Scheduled crawl of unknown source {Source} skipped")]
    public static partial void ScheduledSourceMissing(ILogger logger, string source);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Scheduled crawl of {Source} stopped: the host is shutting down")]
    public static partial void ScheduledCrawlInterrupted(ILogger logger, string source);
}
