using System.Net;

namespace GrensJobs.Crawlers.Web;

/// <summary>
/// The response the politeness handler gives instead of sending a request robots.txt disallows: 403 with a marker
/// header, so no retry policy retries it and adapters can tell it from a real 403. When robots.txt itself could not
/// be read (5xx, 429), the marker says so and the reason phrase says why; the fetcher then ends the run
/// (<see cref="RobotsUnavailableException"/>).
/// </summary>
public static class RobotsRefusal
{
    public const string HeaderName = "X-GrensJobs-Robots";

    private const string Unavailable = "unavailable";

    /// <summary>A refusal; <paramref name="unavailableReason"/> set when robots.txt could not be read (why).</summary>
    public static HttpResponseMessage Create(HttpRequestMessage request, string? unavailableReason = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            RequestMessage = request,
            ReasonPhrase = unavailableReason ?? "Disallowed by robots.txt",
            Content = new ByteArrayContent([]),
        };
        response.Headers.TryAddWithoutValidation(HeaderName, unavailableReason is null ? "disallowed" : Unavailable);
        return response;
    }

    /// <summary>Why robots.txt could not be read, when <paramref name="response"/> is a refusal for that reason; else null.</summary>
    public static string? UnavailableReason(HttpResponseMessage response) =>
        IsRefusal(response) && response.Headers.TryGetValues(HeaderName, out var values) && values.Contains(Unavailable, StringComparer.Ordinal)
            ? response.ReasonPhrase
            : null;

    public static bool IsRefusal(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Forbidden && response.Headers.Contains(HeaderName);
    }
}
