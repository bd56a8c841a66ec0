using AngleSharp.Dom;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Discovery: robots.txt Sitemap lines, sitemaps and sitemap indexes, and the links of pages.</summary>
internal sealed partial class SiteCrawl
{
    public const int MaxSitemaps = 50;

    private async Task DiscoverSitemapsAsync(Uri start, CancellationToken cancellationToken)
    {
        var root = new Uri(start.GetLeftPart(UriPartial.Authority) + "/");
        var queue = new List<Uri>();
        // The pipeline reads robots.txt before anything else; when it cannot (refused, timed out), nothing may be
        // fetched there, and the run fails with the reason.
        var robots = await FetchRequiredAsync(new Uri(root, "/robots.txt"), cancellationToken).ConfigureAwait(false);
        if (robots is { IsSuccess: true })
        {
            queue.AddRange(RobotsTxt.Parse(robots.Text).Sitemaps);
        }

        var guessed = queue.Count == 0;
        if (guessed)
        {
            queue.Add(new Uri(root, "/sitemap.xml"));
            queue.Add(new Uri(root, "/sitemap_index.xml"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        while (queue.Count > 0 && read < MaxSitemaps && !stopped && !cancellationToken.IsCancellationRequested)
        {
            var sitemapUrl = queue[0];
            queue.RemoveAt(0);
            if (!seen.Add(sitemapUrl.AbsoluteUri))
            {
                continue;
            }

            read++;
            var page = await FetchAsync(sitemapUrl, cancellationToken).ConfigureAwait(false);
            if (page is not { IsSuccess: true })
            {
                continue;
            }

            if (guessed && sitemapUrl.AbsolutePath == "/sitemap.xml")
            {
                queue.RemoveAll(u => u.AbsolutePath == "/sitemap_index.xml");
            }

            var (pages, children) = SitemapReader.Read(page.Body, page.Url);
            foreach (var url in pages)
            {
                frontier.TryAdd(url, 1, CrawlOrigin.Sitemap);
            }

            // Job sitemaps (jobs.xml, sitemap-vacatures.xml) before the others.
            queue.InsertRange(0, children.Where(SiteUrls.IsJobLooking));
            queue.AddRange(children.Where(c => !SiteUrls.IsJobLooking(c)));
        }
    }

    private void FollowLinks(IDocument document, Uri pageUrl, CrawlItem item)
    {
        if (LinkCollector.ForbidsFollowing(document))
        {
            return;
        }

        var jobPage = SiteUrls.IsJobLooking(pageUrl) || item.Origin is CrawlOrigin.Start or CrawlOrigin.JobPagination;
        foreach (var (url, isNext) in LinkCollector.Collect(document, pageUrl))
        {
            var origin = !jobPage ? CrawlOrigin.Link
                : isNext || SiteUrls.IsPagination(url) ? CrawlOrigin.JobPagination
                : CrawlOrigin.JobPageLink;
            var depth = origin == CrawlOrigin.JobPagination ? item.Depth : item.Depth + 1;
            frontier.TryAdd(url, depth, origin);
        }
    }

    /// <summary>A page the run cannot do without (robots.txt, the start page): when it cannot be fetched, the run fails.</summary>
    private async Task<FetchedPage> FetchRequiredAsync(Uri url, CancellationToken cancellationToken)
    {
        var start = context.Definition.Url;
        try
        {
            return await context.Fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchFailedException exception)
        {
            var where = url == start ? "" : $"{url}: ";
            throw new SourceUnreachableException($"the start page {start} could not be reached: {where}{exception.Reason}", exception);
        }
    }

    /// <summary>The page, or null when it failed (reported) or the page cap was reached (reported; the crawl stops).</summary>
    private async Task<FetchedPage?> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Fetcher.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchFailedException exception)
        {
            context.ReportProblem($"{url}: {exception.Reason}; skipped");
            return null;
        }
        catch (PageLimitReachedException exception)
        {
            stopped = true;
            context.ReportProblem(exception.Message);
            return null;
        }
    }
}
