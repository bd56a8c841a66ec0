using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// The outermost handler of one run's fetcher: stamps the run's <see cref="CrawlRunSettings"/> on every request and
/// turns the pipeline's failures into <see cref="HttpRequestException"/>s with a clear message (timeouts, an open
/// circuit, a refused address, a body cut off, too many redirects), which the fetcher reports as failed fetches.
/// </summary>
internal sealed class CrawlRunHandler(CrawlRunSettings settings, int maxRedirects) : DelegatingHandler
{
    public CrawlRunSettings Settings { get; } = settings;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(CrawlRunSettings.Key, Settings);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new HttpRequestException($"the request timed out after {exception.Timeout.TotalSeconds:0.###} s", exception);
        }
        catch (BrokenCircuitException exception)
        {
            throw new HttpRequestException(
                $"too many recent failures at {request.RequestUri?.Authority}; requests are paused for a while", exception);
        }
        catch (Exception exception) when (CrawlResilience.Find<SsrfRefusedException>(exception) is { } refused)
        {
            throw new HttpRequestException(refused.Message, exception);
        }
        catch (Exception exception) when (CrawlResilience.Find<BodyRejectedException>(exception) is { } rejected)
        {
            throw new HttpRequestException(rejected.Message, exception);
        }

        if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            response.Dispose();
            throw new HttpRequestException(
                $"gave up after {maxRedirects} redirects (a redirect loop?); the last one pointed to {location}");
        }

        return response;
    }
}
