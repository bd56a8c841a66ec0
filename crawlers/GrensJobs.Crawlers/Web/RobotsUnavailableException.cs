namespace GrensJobs.Crawlers.Web;

/// <summary>
/// robots.txt of a site answered 5xx or 429: by RFC 9309 §2.3.1.4 the whole site then counts as disallowed, so a run
/// cannot read anything there. Not a <see cref="FetchFailedException"/>: adapters that skip a failed page let this
/// one through, and the run fails with its message.
/// </summary>
public sealed class RobotsUnavailableException(Uri url, string reason)
    : Exception($"{reason}; by RFC 9309 the site counts as disallowing everything until its robots.txt can be read, so the run stopped")
{
    public Uri Url { get; } = url;

    public string Reason { get; } = reason;
}
