namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// An ATS response that cannot be used: a non-success status (<see cref="Malformed"/> false) or a body that is not
/// the JSON/XML the feed promises (<see cref="Malformed"/> true). The message names the URL.
/// </summary>
public sealed class AtsFeedException(Uri url, string reason, bool malformed, Exception? innerException = null)
    : Exception($"{url}: {reason}", innerException)
{
    public Uri Url { get; } = url;

    public bool Malformed { get; } = malformed;
}
