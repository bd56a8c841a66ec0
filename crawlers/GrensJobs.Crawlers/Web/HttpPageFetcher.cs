using System.Net;

namespace GrensJobs.Crawlers.Web;

/// <summary>
/// <see cref="IPageFetcher"/> over an HTTP pipeline (the crawl engine's handler chain, or a plain handler in tests):
/// counts requests against the page cap and reads bodies up to the size limit. A failure names its cause and, when the
/// pipeline retried, how many attempts it took; a refusal because robots.txt cannot be read ends the run
/// (<see cref="RobotsUnavailableException"/>).
/// </summary>
public sealed class HttpPageFetcher : IPageFetcher, IDisposable
{
    private readonly FetchLimits limits;
    private readonly CountingHandler counter;

    public HttpPageFetcher(HttpMessageHandler pipeline, FetchLimits limits, bool disposePipeline = false)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        this.limits = limits ?? throw new ArgumentNullException(nameof(limits));
        counter = new CountingHandler(limits.MaxPages) { InnerHandler = pipeline };
        Http = new HttpClient(counter, disposePipeline) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpClient Http { get; }

    public int PagesFetched => counter.Count;

    public HttpClient CreateClient(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        return new HttpClient(counter, disposeHandler: false)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Task<FetchedPage> GetAsync(Uri url, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);

    public async Task<FetchedPage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.RequestUri ?? throw new ArgumentException("The request has no URL.", nameof(request));
        using (request)
        {
            var attempts = new FetchAttempts();
            request.Options.Set(FetchAttempts.Key, attempts);
            HttpResponseMessage response;
            try
            {
                response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (HttpRequestException exception)
            {
                throw new FetchFailedException(url, exception.Message + GaveUp(attempts), exception);
            }
            catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new FetchFailedException(url, "the request timed out" + GaveUp(attempts), exception);
            }

            using (response)
            {
                var body = await ReadBodyAsync(url, response, cancellationToken).ConfigureAwait(false);
                return new FetchedPage
                {
                    Url = response.RequestMessage?.RequestUri ?? url,
                    Status = response.StatusCode,
                    MediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant(),
                    DeclaredCharset = response.Content.Headers.ContentType?.CharSet,
                    Body = body,
                    BlockedByRobots = RobotsRefusal.IsRefusal(response),
                    Attempts = Math.Max(attempts.Count, 1),
                };
            }
        }
    }

    public void Dispose() => Http.Dispose();

    private static string GaveUp(FetchAttempts attempts) =>
        attempts.Count > 1 ? "; gave up" + FetchAttempts.Describe(attempts.Count) : "";

    private async Task<byte[]> ReadBodyAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > limits.MaxBodyBytes)
        {
            throw new FetchFailedException(url, $"the body of {response.Content.Headers.ContentLength} bytes is over the limit of {limits.MaxBodyBytes}");
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81_920];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > limits.MaxBodyBytes)
                    {
                        throw new FetchFailedException(url, $"the body is over the limit of {limits.MaxBodyBytes} bytes");
                    }

                    buffer.Write(chunk, 0, read);
                }

                return buffer.ToArray();
            }
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw new FetchFailedException(url, $"the body could not be read ({exception.Message})", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchFailedException(url, "reading the body timed out", exception);
        }
    }

    private sealed class CountingHandler(int maxPages) : DelegatingHandler
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref count) > maxPages)
            {
                Interlocked.Decrement(ref count);
                throw new PageLimitReachedException(maxPages);
            }

            if (FetchAttempts.Of(request) is null)
            {
                request.Options.Set(FetchAttempts.Key, new FetchAttempts());
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (RobotsRefusal.IsRefusal(response))
            {
                Interlocked.Decrement(ref count);
                if (RobotsRefusal.UnavailableReason(response) is { } reason)
                {
                    response.Dispose();
                    throw new RobotsUnavailableException(request.RequestUri!, reason);
                }
            }

            return response;
        }
    }
}
