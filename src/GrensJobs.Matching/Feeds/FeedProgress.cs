using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Matching.Feeds;

/// <summary>Reads the records of a feed's pages in turn, numbering them across pages and counting what was refused.</summary>
internal sealed class FeedProgress(string feed, ILogger logger)
{
    private int position;
    private int rejected;
    private int pages;

    public IEnumerable<ProfileRecordResult> Read<TRecord>(FeedRecordFormat<TRecord> format, IReadOnlyList<JsonElement> items, Uri url)
        where TRecord : class
    {
        pages++;
        FeedLog.PageRead(logger, feed, url, items.Count);
        foreach (var item in items)
        {
            var result = format.Read(item, ++position);
            if (!result.IsOk)
            {
                rejected++;
                FeedLog.RecordRejected(logger, feed, result.LocatedError!);
            }

            yield return result;
        }
    }

    public void Done() => FeedLog.FeedRead(logger, feed, position, rejected, pages);

    /// <summary>The absolute URL of a path and query under the feed's base URL.</summary>
    public static Uri Url(string baseUrl, string pathAndQuery) =>
        new(string.Concat(baseUrl.TrimEnd('/'), "/", pathAndQuery.TrimStart('/')), UriKind.Absolute);
}
