using Microsoft.Extensions.Logging;

namespace GrensJobs.Matching.Feeds;

/// <summary>The profile feeds' log events (ids 6100–6199). Never a person's data: ids and counts only.</summary>
internal static partial class FeedLog
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Debug, Message = "{Feed} profile feed: read {Url} ({Count} records)")]
    public static partial void PageRead(ILogger logger, string feed, Uri url, int count);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Debug, Message = "{Feed} profile feed: {Error}")]
    public static partial void RecordRejected(ILogger logger, string feed, string error);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "{Feed} profile feed: {Records} records read, {Rejected} rejected, from {Pages} pages")]
    public static partial void FeedRead(ILogger logger, string feed, int records, int rejected, int pages);

    [LoggerMessage(EventId = 6110, Level = LogLevel.Debug, Message = "{Feed} profile feed: new access token, valid for {Seconds} s")]
    public static partial void TokenFetched(ILogger logger, string feed, int seconds);

    [LoggerMessage(EventId = 6111, Level = LogLevel.Information, Message = "{Feed} profile feed: {Url} answered 401 to the current token; fetching a new one and trying once more")]
    public static partial void TokenRefused(ILogger logger, string feed, Uri? url);
}
