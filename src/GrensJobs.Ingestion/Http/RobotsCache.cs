using System.Collections.Concurrent;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Ingestion.Http;

/// <summary>robots.txt per authority with an expiry; one fetch at a time per authority.</summary>
internal sealed class RobotsCache(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public async Task<RobotsTxt> GetAsync(
        Uri url, Func<CancellationToken, Task<(RobotsTxt Robots, TimeSpan Lifetime)>> load, CancellationToken cancellationToken)
    {
        var authority = AuthorityGate.AuthorityOf(url);
        if (TryFresh(authority, out var robots))
        {
            return robots;
        }

        var gate = locks.GetOrAdd(authority, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryFresh(authority, out robots))
            {
                return robots;
            }

            var (loaded, lifetime) = await load(cancellationToken).ConfigureAwait(false);
            entries[authority] = new Entry(loaded, time.GetUtcNow() + lifetime);
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool TryFresh(string authority, out RobotsTxt robots)
    {
        if (entries.TryGetValue(authority, out var entry) && entry.Expires > time.GetUtcNow())
        {
            robots = entry.Robots;
            return true;
        }

        robots = RobotsTxt.AllowAll;
        return false;
    }

    private sealed record Entry(RobotsTxt Robots, DateTimeOffset Expires);
}
