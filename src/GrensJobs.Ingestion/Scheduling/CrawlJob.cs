using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace GrensJobs.Ingestion.Scheduling;

/// <summary>One scheduled crawl of one source; Quartz never runs two of the same source at once.</summary>
[DisallowConcurrentExecution]
internal sealed class CrawlJob(
    ScheduledSources sources, CrawlRunner runner, IOptions<CrawlScheduleOptions> options, ILogger<CrawlJob> logger) : IJob
{
    public const string SourceKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = context.MergedJobDataMap.GetString(SourceKey);
        if (id is null || sources.Find(id) is not { } definition)
        {
            Log.ScheduledSourceMissing(logger, id ?? "(none)");
            return;
        }

        try
        {
            await runner.RunAsync(
                definition,
                new CrawlRequest { MaxDuration = TimeSpan.FromMinutes(options.Value.MaxMinutesPerRun) },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.ScheduledCrawlInterrupted(logger, id);
        }
    }
}
