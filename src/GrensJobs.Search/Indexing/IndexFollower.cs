using GrensJobs.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// Keeps the index of a long-running process (serve) on the store's change feed: every refresh interval it applies
/// what other processes (import, crawl) wrote and refreshes the searcher, so a stored vacancy is searchable within a
/// second. An index found broken (a file missing or corrupt) is moved aside and rebuilt from the store, logged once;
/// any other failure is retried on the next tick and logged once per minute while it lasts.
/// </summary>
public sealed partial class IndexFollower(
    VacancyIndex index, IVacancyStore store, IOptions<SearchOptions> options, TimeProvider time, ILogger<IndexFollower> logger)
    : BackgroundService
{
    private static readonly TimeSpan RepeatLogEvery = TimeSpan.FromMinutes(1);

    private int _failures;
    private DateTimeOffset _lastLogged;

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
            if (_failures > 0)
            {
                LogRecovered(logger, _failures);
                _failures = 0;
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: what this round applied is not committed, and the next start replays it.
        }
        catch (Exception exception) when (exception is not OperationCanceledException && VacancyIndex.IsBrokenIndex(exception))
        {
            try
            {
                var broken = index.ReplaceBroken(exception);
                LogBrokenIndexReplaced(logger, broken.MovedTo, broken.Reason);
            }
            catch (Exception replacing) when (replacing is not OperationCanceledException)
            {
                Failed(replacing);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Failed(exception);
        }
    }

    private void Failed(Exception exception)
    {
        _failures++;
        var now = time.GetUtcNow();
        if (_failures == 1 || now - _lastLogged >= RepeatLogEvery)
        {
            _lastLogged = now;
            LogCatchUpFailed(logger, _failures, exception);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Index caught up: {Applied} changes, now at sequence {Sequence}")]
    private static partial void LogCaughtUp(ILogger logger, long applied, long sequence);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Index catch-up failed ({Failures} time(s) in a row); retrying on every tick, logged once a minute while it lasts")]
    private static partial void LogCatchUpFailed(ILogger logger, int failures, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Index catch-up works again after {Failures} failed attempt(s)")]
    private static partial void LogRecovered(ILogger logger, int failures);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "The search index could not be read ({Reason}); moved aside to {MovedTo} and rebuilding it from the store")]
    private static partial void LogBrokenIndexReplaced(ILogger logger, string movedTo, string reason);
}
