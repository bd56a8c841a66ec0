using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>
/// The listing pages of an html site, in order: the first page, then by <c>next</c> link or <c>{page}</c> number,
/// up to the cap. The first page failing fails the run; a later one is reported and ends the listing.
/// </summary>
internal sealed class HtmlListingPages(SourceReadContext context, HtmlSite site, HtmlParser parser)
{
    public sealed record ListingPage(Uri Url, IHtmlDocument Document, IReadOnlyList<IElement> Items);

    public async IAsyncEnumerable<ListingPage> ReadAsync(
        HtmlSelector item, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = site.Next is null ? null : HtmlSelector.Parse(site.Next);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var number = site.FirstPage;
        var url = PageUrl(number);
        for (var count = 0; url is not null; count++)
        {
            if (count == site.MaxListingPages)
            {
                context.ReportProblem(string.Create(CultureInfo.InvariantCulture,
                    $"{url.AbsoluteUri}: the listing has more than listing.maxPages ({site.MaxListingPages}) pages; the rest was not read"));
                yield break;
            }

            if (!visited.Add(url.AbsoluteUri))
            {
                yield break;
            }

            var page = await FetchAsync(url, isFirst: count == 0, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }

            var document = parser.ParseDocument(page.Text);
            var items = document.QuerySelectorAll(item.Css).ToList();
            if (count > 0 && items.Count == 0 && site.IsPageTemplate)
            {
                yield break;
            }

            yield return new ListingPage(page.Url, document, items);
            if (next is not null)
            {
                url = LinkOf(document, document.DocumentElement, next, page.Url);
            }
            else if (site.IsPageTemplate && (site.LastPage is null || number < site.LastPage))
            {
                url = PageUrl(++number);
            }
            else
            {
                url = null;
            }
        }
    }

    /// <summary>The absolute URL an element of <paramref name="scope"/> links to (its <c>href</c> by default).</summary>
    public static Uri? LinkOf(IHtmlDocument document, IElement scope, HtmlSelector selector, Uri pageUrl)
    {
        var element = selector.FindIn(scope);
        var href = element?.GetAttribute(selector.Attribute ?? "href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#'))
        {
            return null;
        }

        return Resolve(BaseOf(document, pageUrl), href);
    }

    /// <summary>An absolute http(s) URL from <paramref name="reference"/>, relative to <paramref name="baseUrl"/>.</summary>
    public static Uri? Resolve(Uri? baseUrl, string reference)
    {
        Uri? url;
        if (baseUrl is null)
        {
            Uri.TryCreate(reference, UriKind.Absolute, out url);
        }
        else
        {
            Uri.TryCreate(baseUrl, reference, out url);
        }

        return url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    private static Uri BaseOf(IHtmlDocument document, Uri pageUrl)
    {
        var declared = document.QuerySelector("base[href]")?.GetAttribute("href");
        return declared is not null && Uri.TryCreate(pageUrl, declared, out var baseUrl) ? baseUrl : pageUrl;
    }

    private Uri? PageUrl(int number)
    {
        var template = site.ListingUrl ?? context.Definition.Url.AbsoluteUri;
        var text = template.Replace(HtmlSite.PagePlaceholder, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Resolve(context.Definition.Url, text);
    }

    private async Task<FetchedPage?> FetchAsync(Uri url, bool isFirst, CancellationToken cancellationToken)
    {
        FetchedPage page;
        try
        {
            page = await context.Fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchFailedException exception) when (!isFirst)
        {
            context.ReportProblem($"listing page {exception.Message}");
            return null;
        }

        if (page.IsSuccess)
        {
            return page;
        }

        var reason = page.BlockedByRobots
            ? "robots.txt disallows it"
            : string.Create(CultureInfo.InvariantCulture, $"it answered {(int)page.Status} {page.Status}");
        if (isFirst)
        {
            throw new FetchFailedException(url, $"the first listing page could not be read: {reason}");
        }

        if (page.Status != HttpStatusCode.NotFound || !site.IsPageTemplate)
        {
            context.ReportProblem($"{url.AbsoluteUri}: listing page not read: {reason}");
        }

        return null;
    }
}
