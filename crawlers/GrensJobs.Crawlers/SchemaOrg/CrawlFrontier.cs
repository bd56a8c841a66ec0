namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>
/// The pages still to fetch, best first: job-looking URLs (detail pages, listings) and their pagination before
/// the rest of a sitemap, and those before ordinary links. Bounded against loops and traps: a visited set on
/// canonical URLs, a maximum depth, caps per path prefix and per URL pattern (digits and query values ignored),
/// tight caps and low priority for calendar-like URLs, and a total size.
/// </summary>
internal sealed class CrawlFrontier(Uri site)
{
    public const int MaxDepth = 8;
    public const int MaxQueued = 100_000;
    public const int MaxPerPattern = 150;
    public const int MaxPerJobPattern = 20_000;
    public const int MaxPerCalendarPattern = 6;
    public const int MaxPerPrefix = 1_500;

    private readonly PriorityQueue<CrawlItem, (int Priority, long Order)> queue = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> prefixes = new(StringComparer.Ordinal);
    private readonly List<Uri> sites = [site];
    private long order;

    public int Count => queue.Count;

    /// <summary>Treats another host as part of the site (the start page redirected there).</summary>
    public void AddSite(Uri other)
    {
        if (!sites.Any(s => SiteUrls.SameSite(other, s)))
        {
            sites.Add(other);
        }
    }

    /// <summary>Marks a URL as seen (a redirect target, a page fetched outside the queue) without queueing it.</summary>
    public bool MarkSeen(Uri url) => SiteUrls.Canonical(url) is { } canonical && seen.Add(canonical);

    public bool HasSeen(Uri url) => SiteUrls.Canonical(url) is { } canonical && seen.Contains(canonical);

    /// <summary>Queues <paramref name="url"/> unless it was seen, is off-site, not crawlable or over a cap.</summary>
    public bool TryAdd(Uri url, int depth, CrawlOrigin origin)
    {
        if (queue.Count >= MaxQueued || depth > MaxDepth || !sites.Any(s => SiteUrls.SameSite(url, s)) || !SiteUrls.IsCrawlable(url)
            || SiteUrls.Canonical(url) is not { } canonical || seen.Contains(canonical))
        {
            return false;
        }

        var uri = new Uri(canonical);
        var jobLooking = SiteUrls.IsJobLooking(uri);
        var calendar = SiteUrls.IsCalendarLike(uri);
        if (calendar && depth > 3)
        {
            return false;
        }

        var patternCap = calendar ? MaxPerCalendarPattern
            : jobLooking && !SiteUrls.IsPagination(uri) ? MaxPerJobPattern
            : MaxPerPattern;
        var pattern = SiteUrls.Pattern(uri);
        var prefix = SiteUrls.Prefix(uri);
        if (CountOf(patterns, pattern) >= patternCap || (!jobLooking && CountOf(prefixes, prefix) >= MaxPerPrefix))
        {
            return false;
        }

        seen.Add(canonical);
        patterns[pattern] = CountOf(patterns, pattern) + 1;
        prefixes[prefix] = CountOf(prefixes, prefix) + 1;
        queue.Enqueue(new CrawlItem(uri, depth, origin), (Priority(uri, origin, jobLooking, calendar), order++));
        return true;
    }

    public bool TryTake(out CrawlItem item) => queue.TryDequeue(out item!, out _);

    private static int Priority(Uri url, CrawlOrigin origin, bool jobLooking, bool calendar)
    {
        if (calendar)
        {
            return 9;
        }

        return origin switch
        {
            CrawlOrigin.Start or CrawlOrigin.PostingUrl => 0,
            _ when jobLooking && !SiteUrls.IsPagination(url) => 1,
            CrawlOrigin.JobPagination => 2,
            _ when jobLooking => 2,
            CrawlOrigin.JobPageLink => 3,
            CrawlOrigin.Sitemap => 4,
            _ => 5,
        };
    }

    private static int CountOf(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);
}
