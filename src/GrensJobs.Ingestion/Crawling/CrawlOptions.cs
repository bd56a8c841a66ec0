using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Ingestion.Crawling;

/// <summary>Crawl settings (configuration section <c>Crawl</c>).</summary>
public sealed class CrawlOptions
{
    /// <summary>Where source definitions live; empty: <c>crawlers/sources</c> under the working directory, else beside the binaries.</summary>
    public string SourcesDirectory { get; set; } = "";

    /// <summary>Vacancies normalised and stored per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// A complete run that finds fewer than this share of the last good run's vacancies is implausible (a redesigned
    /// site, a firewall page served with 200): it expires nothing and marks the source unhealthy.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinShareOfLastGoodRun { get; set; } = 0.5;

    /// <summary>The share rule applies only when the last good run found at least this many vacancies.</summary>
    [Range(1, 1_000_000)]
    public int MinVacanciesForShareRule { get; set; } = 10;
}
