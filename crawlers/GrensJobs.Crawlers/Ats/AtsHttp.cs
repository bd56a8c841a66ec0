using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>The array property <paramref name="name"/> of the document's root, or a malformed-feed failure.</summary>
    public static JsonElement RequireArray(JsonDocument document, Uri url, string name) =>
        document.RootElement.Get(name) is { ValueKind: JsonValueKind.Array } array
            ? array
            : throw new AtsFeedException(url, $"the JSON has no '{name}' array", malformed: true);

    /// <summary>
    /// A list API paged by offset (0, limit, 2·limit…) until the total its first page states. The first page failing
    /// fails the run; a later page failing is reported as a problem and skipped. <paramref name="readPage"/> reads a
    /// page (at its offset) while its JSON is open into its stated total and its items; an empty page ends the paging.
    /// </summary>
    public static async IAsyncEnumerable<T> ReadByOffsetAsync<T>(
        SourceReadContext context,
        string feed,
        int limit,
        Func<int, CancellationToken, Task<JsonDocument>> fetchPage,
        Func<JsonDocument, int, (long? Total, List<T> Items)> readPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long? total = null;
        for (var offset = 0; total is null || offset < total; offset += limit)
        {
            JsonDocument document;
            try
            {
                document = await fetchPage(offset, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (total is not null && IsPageFailure(exception))
            {
                context.ReportProblem(string.Create(CultureInfo.InvariantCulture,
                    $"{feed} page at offset {offset} could not be read: {exception.Message}; skipped"));
                continue;
            }

            List<T> items;
            using (document)
            {
                var page = readPage(document, offset);
                total ??= page.Total ?? 0;
                items = page.Items;
                if (items.Count == 0)
                {
                    break;
                }
            }

            foreach (var item in items)
            {
                yield return item;
            }
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
