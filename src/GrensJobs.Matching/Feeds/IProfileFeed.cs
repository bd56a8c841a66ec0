namespace GrensJobs.Matching.Feeds;

/// <summary>
/// A service's profile feed (<c>uwv</c>, <c>ba</c>, <c>vdab</c>), read page by page to the end. Each record comes
/// back as a profile or a located error; a bad record does not stop the feed.
/// </summary>
public interface IProfileFeed
{
    /// <summary>The feed's name (<c>profiles fetch --feed NAME</c>), also its record format's name.</summary>
    string Name { get; }

    /// <summary>Every record of the feed, in feed order, numbered from 1 across pages.</summary>
    /// <exception cref="ProfileFeedException">
    /// The feed failed (unreachable, refused the credentials, kept failing after the retries, sent a page that is not
    /// its JSON); the message names the feed, the URL and the cause.
    /// </exception>
    IAsyncEnumerable<ProfileRecordResult> ReadAsync(CancellationToken cancellationToken);
}
