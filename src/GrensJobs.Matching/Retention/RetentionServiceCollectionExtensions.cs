using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace GrensJobs.Matching.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>Cron of the daily retention run: 04:30 in the border region's time zone (outside the 02:00–03:00 DST hour).</summary>
    public const string Schedule = "0 30 4 * * ?";

    /// <summary>Schedules <see cref="ProfileRetention"/> daily with serve's Quartz scheduler.</summary>
    public static IServiceCollection AddProfileRetention(this IServiceCollection services, string timeZone = "Europe/Amsterdam")
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ProfileRetention>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<ProfileRetentionJob>(job => job.WithIdentity(ProfileRetentionJob.Key).DisallowConcurrentExecution());
            quartz.AddTrigger(trigger => trigger
                .ForJob(ProfileRetentionJob.Key)
                .WithIdentity("profile-retention", "profiles")
                .WithSchedule(CronScheduleBuilder.Create(Schedule)
                    .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(timeZone))
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
        });
        return services;
    }
}
