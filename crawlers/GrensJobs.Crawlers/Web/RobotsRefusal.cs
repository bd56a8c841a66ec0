using System.Net;

namespace GrensJobs.Crawlers.Web;

/// <summary>
/// The response the politeness handler gives instead of sending a request robots.txt disallows: 403 with a marker
/// header, so no retry policy retries it and adapters can tell it from a real 403.
/// </summary>
public static class RobotsRefusal
{
    public const string HeaderName = "X-GrensJobs-Robots";

    public static HttpResponseMessage Create(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            RequestMessage = request,
            ReasonPhrase = "Disallowed by robots.txt",
            Content = new ByteArrayContent([]),
        };
        response.Headers.TryAddWithoutValidation(HeaderName, "disallowed");
        return response;
    }

    public static bool IsRefusal(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Forbidden && response.Headers.Contains(HeaderName);
    }
}
