using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Refit;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// A feed paged by page number (UWV from 1, Bundesagentur from 0), read to the end: it stops after the page that
/// reaches the stated page count, after an empty page, or — without a count — after a page shorter than the size.
/// </summary>
internal sealed class NumberedPages<TPage, TRecord>
    where TRecord : class
{
    /// <summary>The feed's display name in messages (UWV, Bundesagentur).</summary>
    public required string Feed { get; init; }

    public required FeedRecordFormat<TRecord> Format { get; init; }

    /// <summary>The number of the first page.</summary>
    public required int First { get; init; }

    /// <summary>The path and query of page n with the page size, for messages.</summary>
    public required Func<int, int, string> PathAndQuery { get; init; }

    /// <summary>Asks the Refit client for page n with the page size.</summary>
    public required Func<int, int, CancellationToken, Task<IApiResponse<TPage>>> Send { get; init; }

    /// <summary>The page's records and the name of their list (for a page without it).</summary>
    public required Func<TPage, IReadOnlyList<JsonElement>?> Items { get; init; }

    public required string ItemsName { get; init; }

    /// <summary>How many pages the feed says it has, if it says.</summary>
    public required Func<TPage, int?> PageCount { get; init; }

    /// <summary>What to check when the feed refuses the credentials.</summary>
    public required string RefusedHint { get; init; }

    public async IAsyncEnumerable<ProfileRecordResult> ReadAsync(
        ProfileFeedOptions settings, ILogger logger, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var progress = new FeedProgress(Feed, logger);
        for (var number = First; ; number++)
        {
            var url = FeedProgress.Url(settings.BaseUrl, PathAndQuery(number, settings.PageSize));
            var page = number;
            var answer = await FeedResponses.SendAsync(Feed, url, token => Send(page, settings.PageSize, token),
                settings.MaxRetryAttempts, RefusedHint, cancellationToken).ConfigureAwait(false);
            var items = Items(answer) ?? throw FeedResponses.Shapeless(Feed, url, ItemsName);
            foreach (var result in progress.Read(Format, items, url))
            {
                yield return result;
            }

            var pagesRead = number - First + 1;
            var last = PageCount(answer) is { } count ? pagesRead >= count : items.Count < settings.PageSize;
            if (items.Count == 0 || last)
            {
                break;
            }
        }

        progress.Done();
    }
}
