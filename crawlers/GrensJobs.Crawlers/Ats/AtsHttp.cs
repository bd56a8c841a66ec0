using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Ats;

/// <summary>Fetching and parsing shared by the ATS adapters; failures name the URL.</summary>
internal static class AtsHttp
{
    public static async Task<JsonDocument> GetJsonAsync(SourceReadContext context, Uri url, CancellationToken cancellationToken)
    {
        var page = await context.Fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        return ParseJson(EnsureSuccess(page, url), url);
    }

    public static async Task<JsonDocument> SendJsonAsync(
        SourceReadContext context, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        var page = await context.Fetcher.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return ParseJson(EnsureSuccess(page, url), url);
    }

    public static async Task<XDocument> GetXmlAsync(SourceReadContext context, Uri url, CancellationToken cancellationToken)
    {
        var page = await context.Fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        EnsureSuccess(page, url);
        try
        {
            return XDocument.Parse(page.Text);
        }
        catch (XmlException exception)
        {
            throw new AtsFeedException(url, $"the response is not valid XML ({exception.Message})", malformed: true, exception);
        }
    }

    /// <summary>A page whose failure makes the run partial rather than failed (status or connection, not format).</summary>
    public static bool IsPageFailure(Exception exception) =>
        exception is FetchFailedException or AtsFeedException { Malformed: false };

    /// <summary>A detail whose failure keeps the list data: any fetch, status or format failure.</summary>
    public static bool IsDetailFailure(Exception exception) =>
        exception is FetchFailedException or AtsFeedException;

    private static FetchedPage EnsureSuccess(FetchedPage page, Uri url)
    {
        if (page.BlockedByRobots)
        {
            throw new AtsFeedException(url, "disallowed by robots.txt", malformed: false);
        }

        if (!page.IsSuccess)
        {
            throw new AtsFeedException(url, $"HTTP {(int)page.Status} {page.Status}", malformed: false);
        }

        return page;
    }

    private static JsonDocument ParseJson(FetchedPage page, Uri url)
    {
        try
        {
            return JsonDocument.Parse(page.Body);
        }
        catch (JsonException exception)
        {
            throw new AtsFeedException(url, $"the response is not valid JSON ({exception.Message})", malformed: true, exception);
        }
    }
}
