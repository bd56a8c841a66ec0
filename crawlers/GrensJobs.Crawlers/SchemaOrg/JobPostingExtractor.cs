using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GrensJobs.Core.Vacancies;
using GrensJobs.Core.Web;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// Extracts every schema.org JobPosting of one HTML page (JSON-LD blocks, repaired where the meaning is clear, and
/// microdata) as raw vacancies. Postings whose validThrough has passed, and every posting of a page that says its
/// vacancy is closed or answered 404/410, are counted as closed instead. Stateless and thread-safe.
/// </summary>
public sealed class JobPostingExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>Parses <paramref name="html"/> and extracts its postings.</summary>
    public PageExtraction Extract(string html, Uri pageUrl, JobPostingDefaults defaults, HttpStatusCode status = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return new PageExtraction { PageClosed = true };
        }

        using var document = Parse(html);
        return Extract(document, pageUrl, defaults);
    }

    /// <summary>Extracts with the defaults of a crawl run's definition and its today.</summary>
    public PageExtraction Extract(string html, Uri pageUrl, SourceReadContext context) =>
        Extract(html, pageUrl, JobPostingDefaults.From(context));

    [ThreadStatic]
    private static HtmlParser? parser;

    internal static IDocument Parse(string html) => (parser ??= new HtmlParser(ParserOptions)).ParseDocument(html);

    /// <summary>Extracts from an already parsed document (the crawler parses each page once).</summary>
    internal PageExtraction Extract(IDocument document, Uri pageUrl, JobPostingDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(defaults);
        var postings = new List<PostingNode>();
        var notes = new List<string>();
        var missed = JsonLdReader.Read(document, postings, notes);
        MicrodataReader.Read(document, postings);
        var canonical = CanonicalUrl(document, pageUrl);
        if (postings.Count == 0)
        {
            return new PageExtraction { CanonicalUrl = canonical, Notes = notes, MissedPostings = missed };
        }

        if (postings.Count <= 2 && ClosedPageDetector.SaysClosed(document))
        {
            return new PageExtraction { CanonicalUrl = canonical, Notes = notes, PageClosed = true, Closed = postings.Count };
        }

        var facts = new PageFacts(pageUrl, canonical, HtmlLanguage(document), CountryOfHost(pageUrl), postings.Count);
        var vacancies = new List<RawVacancy>(postings.Count);
        var closed = 0;
        for (var i = 0; i < postings.Count; i++)
        {
            var vacancy = PostingMapper.Map(postings[i], i, facts, defaults);
            if (vacancy is null)
            {
                notes.Add($"JobPosting {i + 1} has no title.");
                missed = true;
                continue;
            }

            if (vacancy.ValidThrough is { } validThrough && validThrough < defaults.Today)
            {
                closed++;
                continue;
            }

            // The same posting in JSON-LD and microdata (or twice in JSON-LD): the first, usually the richer, wins.
            if (!vacancies.Any(v => IsSamePosting(v, vacancy)))
            {
                vacancies.Add(vacancy);
            }
        }

        return new PageExtraction { Vacancies = vacancies, Closed = closed, CanonicalUrl = canonical, Notes = notes, MissedPostings = missed };
    }

    private static bool IsSamePosting(RawVacancy a, RawVacancy b) =>
        a.Title.Equals(b.Title, StringComparison.OrdinalIgnoreCase)
        && (a.Id == b.Id
            || (a.Url == b.Url && (a.Location?.Place is null || b.Location?.Place is null
                || a.Location.Place.Equals(b.Location.Place, StringComparison.OrdinalIgnoreCase))));

    internal static string CanonicalUrl(IDocument document, Uri pageUrl)
    {
        foreach (var link in document.Head?.QuerySelectorAll("link[rel][href]") ?? Enumerable.Empty<IElement>())
        {
            if (link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Any(r => r.Equals("canonical", StringComparison.OrdinalIgnoreCase))
                && Uri.TryCreate(pageUrl, link.GetAttribute("href")!.Trim(), out var canonical)
                && UrlCanonicaliser.Canonicalise(canonical.AbsoluteUri) is { } value
                && !SiteUrls.IsAncestorOf(value, pageUrl))
            {
                return value;
            }
        }

        return UrlCanonicaliser.Canonicalise(pageUrl.AbsoluteUri) ?? pageUrl.AbsoluteUri;
    }

    private static string? HtmlLanguage(IDocument document) =>
        LanguageCodes.ToIso639(document.DocumentElement?.GetAttribute("lang")
            ?? document.DocumentElement?.GetAttribute("xml:lang"));

    private static string? CountryOfHost(Uri url)
    {
        var host = url.IdnHost;
        return host.EndsWith(".de", StringComparison.OrdinalIgnoreCase) ? "DE"
            : host.EndsWith(".nl", StringComparison.OrdinalIgnoreCase) ? "NL"
            : host.EndsWith(".be", StringComparison.OrdinalIgnoreCase) ? "BE"
            : null;
    }
}
