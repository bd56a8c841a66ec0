using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// Politeness per authority (scheme, host and port) in two parts. Admission (outside the resilience handler, held
/// for a request and its retries): at most <c>MaxConcurrency</c> requests per authority and
/// <see cref="CrawlHttpOptions.MaxConcurrentRequests"/> overall are in the pipeline, so queueing never eats into an
/// attempt's timeout. Slots (inside, every attempt and robots.txt): sends start at least an interval apart.
/// Different authorities proceed in parallel.
/// </summary>
internal sealed class AuthorityGate(TimeProvider time, IOptions<CrawlHttpOptions> options, ILogger<AuthorityGate> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, AuthorityState> states = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim overall = new(options.Value.MaxConcurrentRequests);

    public static string AuthorityOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return string.Concat(url.Scheme, "://", url.IdnHost, ":", url.Port.ToString(CultureInfo.InvariantCulture)).ToLowerInvariant();
    }

    /// <summary>Waits until the authority has room; dispose the result once the response headers are in.</summary>
    public async Task<IDisposable> AdmitAsync(Uri url, int maxConcurrency, CancellationToken cancellationToken)
    {
        var state = State(url, maxConcurrency);
        await state.Concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await overall.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            state.Concurrency.Release();
            throw;
        }

        return new Release(overall, state.Concurrency);
    }

    /// <summary>
    /// Waits for the authority's next send slot, <paramref name="interval"/> after the previous one. The slot is
    /// reserved first (so waiters queue in order); a request that wakes up late (a GC pause, a busy thread pool)
    /// pushes the next slot back instead of letting the next request catch up, and no request is handed on less than
    /// <paramref name="interval"/> after the previous hand-off.
    /// </summary>
    public async Task WaitForSlotAsync(Uri url, TimeSpan interval, CancellationToken cancellationToken)
    {
        var state = State(url, 1);
        TimeSpan wait;
        DateTimeOffset slot;
        lock (state)
        {
            var now = time.GetUtcNow();
            slot = state.Next > now ? state.Next : now;
            state.Next = slot + interval;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            Log.PolitenessDelay(logger, state.Authority, wait.TotalMilliseconds);
        }

        while (true)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            lock (state)
            {
                var now = time.GetUtcNow();
                // Timers may fire a little early: the slot itself is checked against the clock too.
                var afterLast = state.LastSent + interval;
                var earliest = afterLast > slot ? afterLast : slot;
                if (now >= earliest)
                {
                    state.LastSent = now;
                    if (now + interval > state.Next)
                    {
                        state.Next = now + interval;
                    }

                    return;
                }

                wait = earliest - now;
            }
        }
    }

    /// <summary>
    /// The response to a request of the authority arrived (or the request failed): the next slot is at least
    /// <paramref name="interval"/> from now. The server received the request before it answered, so this holds the
    /// interval at the server even when the send itself was late (a new connection's handshake, a pause).
    /// </summary>
    public void Answered(Uri url, TimeSpan interval)
    {
        var state = State(url, 1);
        lock (state)
        {
            var next = time.GetUtcNow() + interval;
            if (next > state.Next)
            {
                state.Next = next;
            }
        }
    }

    public void Dispose()
    {
        overall.Dispose();
        foreach (var state in states.Values)
        {
            state.Concurrency.Dispose();
        }
    }

    private AuthorityState State(Uri url, int maxConcurrency) =>
        states.GetOrAdd(AuthorityOf(url), static (authority, concurrency) => new AuthorityState(authority, Math.Max(1, concurrency)), maxConcurrency);

    private sealed class AuthorityState(string authority, int concurrency)
    {
        public string Authority { get; } = authority;

        public SemaphoreSlim Concurrency { get; } = new(concurrency);

        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;

        /// <summary>When the last request was handed on to be sent.</summary>
        public DateTimeOffset LastSent { get; set; } = DateTimeOffset.MinValue;
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
