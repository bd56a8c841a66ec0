namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>How a URL entered the frontier (it sets the URL's priority).</summary>
internal enum CrawlOrigin
{
    Start,
    Sitemap,
    Link,
    JobPagination,

    /// <summary>A link on a job-looking page (a listing): often a detail page whatever its URL looks like.</summary>
    JobPageLink,

    /// <summary>The url of a JobPosting seen on a listing page: its detail page.</summary>
    PostingUrl,
}
