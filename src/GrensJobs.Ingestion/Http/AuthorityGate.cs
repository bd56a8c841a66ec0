using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// Politeness per authority (scheme, host and port): requests start at least an interval apart and at most
/// <c>MaxConcurrency</c> are in flight; different authorities proceed in parallel, within an overall cap.
/// </summary>
internal sealed class AuthorityGate(TimeProvider time, IOptions<CrawlHttpOptions> options, ILogger<AuthorityGate> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, AuthorityState> states = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim overall = new(options.Value.MaxConcurrentRequests);

    public static string AuthorityOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return string.Concat(url.Scheme, "://", url.IdnHost, ":", url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToLowerInvariant();
    }

    /// <summary>Waits for the authority's next slot; dispose the result once the response headers are in.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, TimeSpan interval, int maxConcurrency, CancellationToken cancellationToken)
    {
        var authority = AuthorityOf(url);
        var state = states.GetOrAdd(authority, static (_, concurrency) => new AuthorityState(Math.Max(1, concurrency)), maxConcurrency);
        await state.Concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (state)
            {
                var now = time.GetUtcNow();
                var slot = state.Next > now ? state.Next : now;
                state.Next = slot + interval;
                wait = slot - now;
            }

            if (wait > TimeSpan.Zero)
            {
                Log.PolitenessDelay(logger, authority, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            await overall.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            state.Concurrency.Release();
            throw;
        }

        return new Release(overall, state.Concurrency);
    }

    public void Dispose()
    {
        overall.Dispose();
        foreach (var state in states.Values)
        {
            state.Concurrency.Dispose();
        }
    }

    private sealed class AuthorityState(int concurrency)
    {
        public SemaphoreSlim Concurrency { get; } = new(concurrency);

        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Release(SemaphoreSlim overall, SemaphoreSlim authority) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                overall.Release();
                authority.Release();
            }
        }
    }
}
