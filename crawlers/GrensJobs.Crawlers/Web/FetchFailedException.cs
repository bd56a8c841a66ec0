namespace GrensJobs.Crawlers.Web;

/// <summary>A request gave no usable response: connection refused, DNS failure, timeout, a body over the limit…</summary>
public sealed class FetchFailedException(Uri url, string reason, Exception? innerException = null)
    : Exception($"{url}: {reason}", innerException)
{
    public Uri Url { get; } = url;

    public string Reason { get; } = reason;
}
