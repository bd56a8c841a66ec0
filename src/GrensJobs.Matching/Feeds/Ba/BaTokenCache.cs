namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>
/// The Bundesagentur-style feed's current access token, shared by every request: fetched once, reused until shortly
/// before it expires, and replaced when the feed refuses it. One fetch at a time.
/// </summary>
internal sealed class BaTokenCache(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;

    /// <summary>
    /// The current token, or a new one from <paramref name="fetch"/> (token, lifetime) when there is none, it is
    /// due for renewal (<paramref name="margin"/> before expiry), or it is <paramref name="refused"/>.
    /// </summary>
    public async Task<string> GetAsync(
        Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> fetch, TimeSpan margin, string? refused,
        CancellationToken cancellationToken)
    {
        if (Usable(refused) is { } current)
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Usable(refused) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var (fresh, lifetime) = await fetch(cancellationToken).ConfigureAwait(false);
            token = fresh;
            renewAt = time.GetUtcNow() + (lifetime > margin ? lifetime - margin : lifetime / 2);
            return fresh;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private string? Usable(string? refused)
    {
        var current = Volatile.Read(ref token);
        return current is not null && !string.Equals(current, refused, StringComparison.Ordinal) && time.GetUtcNow() < renewAt
            ? current
            : null;
    }
}
