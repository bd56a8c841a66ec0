namespace GrensJobs.Crawlers.Web;

/// <summary>
/// How many attempts one fetch took. The fetcher puts a counter on each request's options; the HTTP pipeline counts
/// every attempt on it (retries included), so a failure can say "gave up after 4 attempts".
/// </summary>
public sealed class FetchAttempts
{
    private int count;

    public static HttpRequestOptionsKey<FetchAttempts> Key { get; } = new("GrensJobs.FetchAttempts");

    public int Count => Volatile.Read(ref count);

    public void Increment() => Interlocked.Increment(ref count);

    /// <summary>The counter on <paramref name="request"/>'s options, or null.</summary>
    public static FetchAttempts? Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var attempts) ? attempts : null;
    }

    /// <summary>" after 4 attempts" when there was more than one, else empty.</summary>
    public static string Describe(int attempts) =>
        attempts > 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" after {attempts} attempts") : "";
}
