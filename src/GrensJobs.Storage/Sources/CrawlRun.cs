namespace GrensJobs.Storage.Sources;

/// <summary>One recorded crawl run; while it runs, <see cref="Ended"/> is null and the status is Running.</summary>
public sealed record CrawlRun(long Id, string Source, DateTimeOffset Started, DateTimeOffset? Ended, CrawlRunResult Result);
