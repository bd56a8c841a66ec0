using GrensJobs.Crawlers.Sources;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GrensJobs.Ingestion.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Schedules one Quartz job per source that has a cron schedule (never overlapping with itself), run by the
    /// hosted Quartz scheduler; each run is recorded by the <see cref="Crawling.CrawlRunner"/>.
    /// </summary>
    public static IServiceCollection AddCrawlSchedule(
        this IServiceCollection services, IReadOnlyList<SourceDefinition> definitions, Action<CrawlScheduleOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(definitions);
        var options = new CrawlScheduleOptions();
        configure?.Invoke(options);
        services.AddOptions<CrawlScheduleOptions>()
            .Configure(o => configure?.Invoke(o))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(new ScheduledSources(definitions));
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = options.MaxConcurrentCrawls);
            foreach (var definition in definitions.Where(definition => definition.Schedule is not null))
            {
                var job = new JobKey(definition.Id, "crawl");
                quartz.AddJob<CrawlJob>(configureJob => configureJob
                    .WithIdentity(job)
                    .DisallowConcurrentExecution()
                    .UsingJobData(CrawlJob.SourceKey, definition.Id));
                quartz.AddTrigger(trigger => trigger
                    .ForJob(job)
                    .WithIdentity(definition.Id, "crawl")
                    .WithSchedule(CronScheduleBuilder.Create(definition.Schedule!)
                        .InTimeZone(timeZone)
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            }
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = false);
        return services;
    }
}
