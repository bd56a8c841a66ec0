using GrensJobs.Storage.Sources;
using System.Net;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Ingestion;

/// <summary>Source-generated log messages of the crawl engine: HTTP pipeline 4000–4099, crawl runs and schedule 4100–4199.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "Refused to connect to {Host}: {Address} is a {Reason} address")]
    public static partial void SsrfRefused(ILogger logger, string host, IPAddress address, string reason);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "robots.txt disallows {Url}; not fetched")]
    public static partial void RobotsDisallowed(ILogger logger, Uri url);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Read {RobotsUrl}: {Rules} rules for us, crawl-delay {CrawlDelaySeconds} s")]
    public static partial void RobotsRead(ILogger logger, Uri robotsUrl, int rules, double? crawlDelaySeconds);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "{RobotsUrl} answered {Status}: everything allowed")]
    public static partial void RobotsMissing(ILogger logger, Uri robotsUrl, int status);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "{RobotsUrl} answered {Status}: the site is not crawled for {Seconds} s")]
    public static partial void RobotsUnavailable(ILogger logger, Uri robotsUrl, int status, double seconds);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Trace, Message = "Waiting {Milliseconds} ms for the next slot at {Authority}")]
    public static partial void PolitenessDelay(ILogger logger, string authority, double milliseconds);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Debug, Message = "{Url} not modified; the cached body is used")]
    public static partial void NotModified(ILogger logger, Uri url);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "{Url} asks to retry after {Seconds} s, more than the {MaxSeconds} s we wait; not retried")]
    public static partial void RetryAfterTooLong(ILogger logger, Uri? url, double seconds, double maxSeconds);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Retry {Attempt} of {Url} in {DelayMilliseconds} ms after {Reason}")]
    public static partial void Retrying(ILogger logger, Uri? url, int attempt, double delayMilliseconds, string reason);

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

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "The adapter of {Source} failed unexpectedly; the run is recorded as failed")]
    public static partial void AdapterFailed(ILogger logger, string source, Exception exception);
}
