using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Ingestion.Scheduling;

/// <summary>Scheduler settings (configuration section <c>Schedule</c>).</summary>
public sealed class CrawlScheduleOptions
{
    /// <summary>Time zone the sources' cron expressions are read in (the border region's).</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>A scheduled run stops (as partial) after this many minutes.</summary>
    [Range(1, 24 * 60)]
    public int MaxMinutesPerRun { get; set; } = 60;

    /// <summary>Crawls of different sources that may run at once.</summary>
    [Range(1, 64)]
    public int MaxConcurrentCrawls { get; set; } = 4;
}
