using GrensJobs.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// Keeps the index of a long-running process (serve) on the store's change feed: every refresh interval it applies
/// what other processes (import, crawl) wrote and refreshes the searcher, so a stored vacancy is searchable within a
/// second. A failure is logged and retried on the next tick.
/// </summary>
public sealed partial class IndexFollower(
    VacancyIndex index, IVacancyStore store, IOptions<SearchOptions> options, TimeProvider time, ILogger<IndexFollower> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.RefreshIntervalMilliseconds), time);
        do
        {
            await TickAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One round: catch up with the store if it moved on, then refresh the searcher.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await store.GetLastSequenceAsync(cancellationToken).ConfigureAwait(false) != index.AppliedSequence)
            {
                var result = await IndexCatchUp.RunAsync(index, store, progress: null, cancellationToken).ConfigureAwait(false);
                LogCaughtUp(logger, result.Applied, result.Sequence);
            }

            index.Refresh();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCatchUpFailed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Index caught up: {Applied} changes, now at sequence {Sequence}")]
    private static partial void LogCaughtUp(ILogger logger, long applied, long sequence);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Index catch-up failed; retrying on the next tick")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);
}
