namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>How a URL entered the frontier (it sets the URL's priority).</summary>
internal enum CrawlOrigin
{
    Start,
    Sitemap,
    Link,
    JobPagination,

    /// <summary>The url of a JobPosting seen on a listing page: its detail page.</summary>
    PostingUrl,
}
