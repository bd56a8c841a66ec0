using System.Net;
using GrensJobs.Crawlers.Web;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// The outermost handler of one run's fetcher: stamps the run's <see cref="CrawlRunSettings"/> on every request,
/// follows redirects itself — each hop goes through the whole pipeline again, so robots.txt, the rate limit and the
/// SSRF guard judge every target, at most <c>maxRedirects</c> hops — and turns the pipeline's failures into
/// <see cref="HttpRequestException"/>s with a clear message (timeouts, an open circuit, a refused address, a body cut
/// off, too many redirects), which the fetcher reports as failed fetches.
/// </summary>
internal sealed class CrawlRunHandler(CrawlRunSettings settings, int maxRedirects) : DelegatingHandler
{
    public CrawlRunSettings Settings { get; } = settings;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = request;
        for (var hop = 0; ; hop++)
        {
            var response = await SendOnceAsync(current, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location)
            {
                return response;
            }

            response.Dispose();
            if (hop == maxRedirects)
            {
                throw new HttpRequestException(
                    $"gave up after {maxRedirects} redirects (a redirect loop?); the last one pointed to {location}");
            }

            var next = Redirected(current, response.StatusCode, new Uri(current.RequestUri!, location));
            if (!ReferenceEquals(current, request))
            {
                current.Dispose();
            }

            current = next;
        }
    }

    /// <summary>The request a redirect asks for: GET after 303 (and after 301/302 of a POST), else the same method and body.</summary>
    private static HttpRequestMessage Redirected(HttpRequestMessage previous, HttpStatusCode status, Uri target)
    {
        var keepMethod = status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect
            || (status is not HttpStatusCode.SeeOther && previous.Method == HttpMethod.Get);
        var next = new HttpRequestMessage(keepMethod ? previous.Method : HttpMethod.Get, target)
        {
            Content = keepMethod ? previous.Content : null,
            Version = previous.Version,
        };
        if (FetchAttempts.Of(previous) is { } attempts)
        {
            next.Options.Set(FetchAttempts.Key, attempts);
        }

        foreach (var header in previous.Headers)
        {
            next.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return next;
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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

        return response;
    }
}
