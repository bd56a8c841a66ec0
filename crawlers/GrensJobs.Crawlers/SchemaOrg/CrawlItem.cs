namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>A queued page: its canonical URL, link depth from the start page and how it was found.</summary>
internal sealed record CrawlItem(Uri Url, int Depth, CrawlOrigin Origin);
