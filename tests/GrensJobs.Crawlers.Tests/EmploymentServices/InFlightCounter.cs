namespace GrensJobs.Crawlers.Tests.EmploymentServices;

/// <summary>Counts requests in flight at once (the most seen) in front of the real handler.</summary>
internal sealed class InFlightCounter : DelegatingHandler
{
    private int current;
    private int max;
    private int total;

    public InFlightCounter() => InnerHandler = new SocketsHttpHandler();

    public int Max => Volatile.Read(ref max);

    public int Total => Volatile.Read(ref total);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref current);
        Interlocked.Increment(ref total);
        int seen;
        while (now > (seen = Volatile.Read(ref max)) && Interlocked.CompareExchange(ref max, now, seen) != seen)
        {
        }

        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref current);
        }
    }
}
