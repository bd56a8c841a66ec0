using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Declarative;

/// <summary>
/// Reads a site without structured data with the selectors of its definition (<see cref="SourceDefinition.Html"/>):
/// listing pages (followed by a <c>next</c> link or a <c>{page}</c> template), one item per vacancy, and the detail
/// page behind each item's link. A vacancy is kept with what was found as long as it has a title.
/// </summary>
public sealed class HtmlSiteAdapter : ISourceAdapter
{
    public string Kind => SourceKinds.Html;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Html is not { } site)
        {
            yield return new SourceProblem("listing", "is required for kind html (with at least listing.item)");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(site.Item))
        {
            yield return new SourceProblem("listing.item", "is required (the element of one vacancy on a listing page)");
        }

        foreach (var (key, selector) in Selectors(site))
        {
            if (!HtmlSelector.TryParse(selector, out _, out var error))
            {
                yield return new SourceProblem(key, error);
            }
        }

        if (!site.ListingFields.ContainsKey(HtmlFields.Title) && !site.DetailFields.ContainsKey(HtmlFields.Title))
        {
            yield return new SourceProblem("listing.fields", "a title selector is required in listing.fields or detail.fields");
        }

        if (site.DetailFields.Count > 0 && site.Link is null)
        {
            yield return new SourceProblem("detail", "detail fields need listing.link (the link to the detail page)");
        }

        if (site.Next is not null && site.IsPageTemplate)
        {
            yield return new SourceProblem("listing.next", "use either a next link or a {page} template in listing.url, not both");
        }

        if ((site.LastPage is not null || site.FirstPage != 1) && !site.IsPageTemplate)
        {
            yield return new SourceProblem("listing.url", "firstPage and lastPage need a {page} template in listing.url");
        }

        if (site.LastPage < site.FirstPage)
        {
            yield return new SourceProblem("listing.lastPage", "is before listing.firstPage");
        }

        if (site.ListingUrl is not null && HtmlListingPages.Resolve(definition.Url, site.ListingUrl.Replace(HtmlSite.PagePlaceholder, "1", StringComparison.Ordinal)) is null)
        {
            yield return new SourceProblem("listing.url", $"\"{site.ListingUrl}\" is not an http or https URL (absolute, or relative to url)");
        }
    }

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = context.Definition;
        var site = definition.Html ?? throw new InvalidOperationException($"Source {definition.Id} has no listing section.");
        var extractor = new HtmlVacancyExtractor(definition, site);
        var item = HtmlSelector.Parse(site.Item);
        var link = site.Link is null ? null : HtmlSelector.Parse(site.Link);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var pages = new HtmlListingPages(context, site, parser);
        await foreach (var listing in pages.ReadAsync(item, cancellationToken).ConfigureAwait(false))
        {
            foreach (var element in listing.Items)
            {
                var detailUrl = link is null ? null : HtmlListingPages.LinkOf(listing.Document, element, link, listing.Url);
                if (detailUrl is not null && !seen.Add(detailUrl.AbsoluteUri))
                {
                    continue;
                }

                var detail = detailUrl is null || site.DetailFields.Count == 0
                    ? null
                    : await FetchDetailAsync(context, parser, detailUrl, cancellationToken).ConfigureAwait(false);
                var vacancy = extractor.Extract(element, detail, detailUrl);
                if (vacancy is null)
                {
                    context.ReportProblem($"{detailUrl?.AbsoluteUri ?? listing.Url.AbsoluteUri}: a vacancy without a title " +
                        $"(listing item \"{site.Item}\"{(detailUrl is not null && detail is null ? ", detail page missing" : string.Empty)})");
                    continue;
                }

                yield return vacancy;
            }
        }
    }

    private static async Task<IHtmlDocument?> FetchDetailAsync(
        SourceReadContext context, HtmlParser parser, Uri url, CancellationToken cancellationToken)
    {
        FetchedPage page;
        try
        {
            page = await context.Fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchFailedException)
        {
            return null;
        }

        return page.IsSuccess && page.Status != HttpStatusCode.NoContent ? parser.ParseDocument(page.Text) : null;
    }

    private static IEnumerable<(string Key, string Selector)> Selectors(HtmlSite site)
    {
        if (!string.IsNullOrWhiteSpace(site.Item))
        {
            yield return ("listing.item", site.Item);
        }

        if (site.Link is not null)
        {
            yield return ("listing.link", site.Link);
        }

        if (site.Next is not null)
        {
            yield return ("listing.next", site.Next);
        }

        foreach (var (field, selector) in site.ListingFields)
        {
            yield return ($"listing.fields.{field}", selector);
        }

        foreach (var (field, selector) in site.DetailFields)
        {
            yield return ($"detail.fields.{field}", selector);
        }
    }
}
