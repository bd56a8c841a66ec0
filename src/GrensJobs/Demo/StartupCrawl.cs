using GrensJobs.Crawlers.Sources;
using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Demo;

/// <summary>Crawls the given sources once when the host starts (the demo), in parallel; the index follower picks the results up.</summary>
internal sealed partial class StartupCrawl(
    IReadOnlyList<SourceDefinition> definitions, CrawlRunner runner, ILogger<StartupCrawl> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                definitions,
                new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stoppingToken },
                async (definition, token) =>
                {
                    var report = await runner.RunAsync(definition, new CrawlRequest(), token).ConfigureAwait(false);
                    LogCrawled(logger, report.Source, report.Found, report.Status);
                }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; every run recorded itself.
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Demo source {Source}: {Found} open vacancies ({Status})")]
    private static partial void LogCrawled(ILogger logger, string source, int found, GrensJobs.Storage.Sources.CrawlRunStatus status);
}
