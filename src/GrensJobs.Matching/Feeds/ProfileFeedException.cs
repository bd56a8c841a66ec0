namespace GrensJobs.Matching.Feeds;

/// <summary>
/// A profile feed that failed, said for a person: <c>UWV profile feed failed at http://…?pagina=2&amp;aantal=100:
/// HTTP 503 Service Unavailable, still after 3 retries</c>.
/// </summary>
public sealed class ProfileFeedException : Exception
{
    public ProfileFeedException()
    {
    }

    public ProfileFeedException(string message)
        : base(message)
    {
    }

    public ProfileFeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ProfileFeedException(string feed, Uri url, string cause, Exception? innerException = null)
        : base($"{feed} profile feed failed at {url}: {cause}", innerException)
    {
        Feed = feed;
        Url = url;
    }

    /// <summary>The feed's display name (UWV, Bundesagentur, VDAB).</summary>
    public string? Feed { get; }

    public Uri? Url { get; }
}
