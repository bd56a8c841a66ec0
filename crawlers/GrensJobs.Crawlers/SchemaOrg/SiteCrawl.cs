using System.Net;
using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// One run over one site. A posting a listing page links to (its <c>url</c> is another, unfetched page of the site)
/// is held back until its detail page is read, which usually says more; it is yielded from the listing if the detail
/// page has no posting or cannot be fetched, and dropped if the detail page is closed, gone or refused by robots.txt.
/// A start page or robots.txt that cannot be read fails the run (<see cref="SourceUnreachableException"/>); a 404 of
/// a page a job listing links to, a 5xx or a failed fetch is one problem line (the run is partial) and the crawl goes on.
/// </summary>
internal sealed partial class SiteCrawl(SourceReadContext context, JobPostingExtractor extractor)
{
    private readonly CrawlFrontier frontier = new(context.Definition.Url);
    private readonly JobPostingDefaults defaults = JobPostingDefaults.From(context);
    private readonly HashSet<string> fetched = new(StringComparer.Ordinal);
    private readonly HashSet<string> emittedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> emittedUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawVacancy> pending = new(StringComparer.Ordinal);
    private bool stopped;

    public async IAsyncEnumerable<RawVacancy> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = context.Definition.Url;
        frontier.TryAdd(start, 0, CrawlOrigin.Start);
        await DiscoverSitemapsAsync(start, cancellationToken).ConfigureAwait(false);
        while (!stopped && !cancellationToken.IsCancellationRequested && frontier.TryTake(out var item))
        {
            var page = item.Origin == CrawlOrigin.Start
                ? await FetchRequiredAsync(item.Url, cancellationToken).ConfigureAwait(false)
                : await FetchAsync(item.Url, cancellationToken).ConfigureAwait(false);
            var key = SiteUrls.Canonical(item.Url)!;
            fetched.Add(key);
            if (page is null)
            {
                continue;
            }

            var outcome = Read(page, item, key);
            foreach (var vacancy in outcome)
            {
                yield return vacancy;
            }
        }

        foreach (var vacancy in pending.Values.ToList())
        {
            if (Emit(vacancy))
            {
                yield return vacancy;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private List<RawVacancy> Read(FetchedPage page, CrawlItem item, string key)
    {
        var output = new List<RawVacancy>();
        if (item.Origin == CrawlOrigin.Start && !page.IsSuccess)
        {
            throw new SourceUnreachableException(page.BlockedByRobots
                ? $"the start page {item.Url} is disallowed by robots.txt (user-agent {RobotsTxt.ProductToken}), so nothing was crawled"
                : $"the start page {item.Url} answered HTTP {(int)page.Status}{FetchAttempts.Describe(page.Attempts)}");
        }

        if (page.Status == HttpStatusCode.NotFound && item.Origin is CrawlOrigin.PostingUrl or CrawlOrigin.JobPageLink)
        {
            // A listing links to it: the listing and the page disagree, so the run cannot say the vacancy is gone.
            pending.Remove(key);
            context.ReportProblem($"{item.Url}: HTTP 404 (linked from a job listing); skipped");
            return output;
        }

        if (page.BlockedByRobots || page.Status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            pending.Remove(key);
            return output;
        }

        if ((int)page.Status >= 500 || page.Status == HttpStatusCode.TooManyRequests)
        {
            context.ReportProblem($"{item.Url}: HTTP {(int)page.Status}{FetchAttempts.Describe(page.Attempts)}; skipped");
            return output;
        }

        if (!page.IsSuccess || !IsHtml(page))
        {
            return output;
        }

        if (item.Origin == CrawlOrigin.Start)
        {
            frontier.AddSite(page.Url);
        }

        if (SiteUrls.Canonical(page.Url) is { } finalKey)
        {
            frontier.MarkSeen(page.Url);
            fetched.Add(finalKey);
        }

        using var document = JobPostingExtractor.Parse(page.Text);
        var extraction = extractor.Extract(document, page.Url, defaults);
        foreach (var note in extraction.MissedPostings ? extraction.Notes : [])
        {
            context.ReportProblem($"{page.Url}: {note}");
        }

        var closed = extraction.PageClosed || (extraction.Closed > 0 && extraction.Vacancies.Count == 0)
            || (extraction.Vacancies.Count == 0 && IsPending(key, extraction.CanonicalUrl) && ClosedPageDetector.SaysClosed(document));
        if (closed)
        {
            pending.Remove(key);
            if (extraction.CanonicalUrl is { } closedCanonical)
            {
                pending.Remove(closedCanonical);
            }
        }

        foreach (var vacancy in extraction.Vacancies)
        {
            if (!HoldForDetailPage(vacancy, extraction, item) && Emit(vacancy))
            {
                output.Add(vacancy);
            }
        }

        foreach (var stale in new[] { key, extraction.CanonicalUrl })
        {
            if (stale is not null && pending.Remove(stale, out var fallback) && Emit(fallback))
            {
                output.Add(fallback);
            }
        }

        FollowLinks(document, page.Url, item);
        return output;
    }

    private bool HoldForDetailPage(RawVacancy vacancy, PageExtraction extraction, CrawlItem item)
    {
        if (vacancy.Url is null || vacancy.Url == extraction.CanonicalUrl)
        {
            return false;
        }

        if (pending.ContainsKey(vacancy.Url))
        {
            return true;
        }

        if (!Uri.TryCreate(vacancy.Url, UriKind.Absolute, out var url) || SiteUrls.Canonical(url) is not { } key
            || fetched.Contains(key) || AlreadyEmitted(vacancy, extraction))
        {
            return false;
        }

        if (frontier.HasSeen(url) || frontier.TryAdd(url, item.Depth + 1, CrawlOrigin.PostingUrl))
        {
            pending[key] = vacancy;
            return true;
        }

        return false;
    }

    private bool AlreadyEmitted(RawVacancy vacancy, PageExtraction extraction) =>
        (vacancy.Id is not null && emittedIds.Contains(SiteUrls.LooseKey(vacancy.Id)))
        || (vacancy.Url is not null && (vacancy.Url != extraction.CanonicalUrl || extraction.Vacancies.Count == 1)
            && emittedUrls.Contains(SiteUrls.LooseKey(vacancy.Url)));

    /// <summary>Records a vacancy as yielded; false when it (its id, or its own URL) was yielded before.</summary>
    private bool Emit(RawVacancy vacancy)
    {
        var ownUrl = vacancy.Url is not null && vacancy.Id?.StartsWith(vacancy.Url + "#", StringComparison.Ordinal) != true;
        if ((vacancy.Id is not null && emittedIds.Contains(SiteUrls.LooseKey(vacancy.Id))) || (ownUrl && emittedUrls.Contains(SiteUrls.LooseKey(vacancy.Url!))))
        {
            return false;
        }

        if (vacancy.Id is not null)
        {
            emittedIds.Add(SiteUrls.LooseKey(vacancy.Id));
        }

        if (ownUrl)
        {
            emittedUrls.Add(SiteUrls.LooseKey(vacancy.Url!));
            pending.Remove(vacancy.Url!);
        }

        return true;
    }

    private bool IsPending(string key, string? canonical) =>
        pending.ContainsKey(key) || (canonical is not null && pending.ContainsKey(canonical));

    private static bool IsHtml(FetchedPage page) =>
        page.MediaType is null || page.MediaType.Contains("html", StringComparison.Ordinal);
}
