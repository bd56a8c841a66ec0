namespace GrensJobs.Benchmarks.Crawl;

/// <summary>What the crawl of all sites gave: its duration, vacancies yielded, problems reported, memory samples and bytes served.</summary>
internal sealed record CrawlRun(
    TimeSpan Elapsed, long Vacancies, IReadOnlyList<string> Problems, IReadOnlyList<MemorySampler.Sample> Memory, long BytesServed);
