namespace GrensJobs.Crawlers.Web;

/// <summary>The run fetched as many pages as it may; what was read so far stands, but the run is partial.</summary>
public sealed class PageLimitReachedException(int limit)
    : Exception($"the page limit of {limit} pages was reached; the crawl stopped there")
{
    public int Limit { get; } = limit;
}
