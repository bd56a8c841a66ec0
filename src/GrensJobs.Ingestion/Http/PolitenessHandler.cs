using System.Globalization;
using System.Net;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// Inside the resilience handler, so every attempt passes it: sets the User-Agent, obeys robots.txt (fetched per
/// authority through the rest of this pipeline, cached; a disallowed URL gets <see cref="RobotsRefusal"/> without
/// anything being sent, and every URL of a site whose robots.txt answered 5xx/429 gets one that says so, robots.txt
/// included) and counts the attempt (<see cref="FetchAttempts"/>) and waits for the authority's next send slot (the run's requests per second, or robots.txt's
/// Crawl-delay when that is slower). How many requests per authority get this far is decided outside, by
/// <see cref="AdmissionHandler"/>.
/// </summary>
internal sealed class PolitenessHandler(
    RobotsCache robotsCache, AuthorityGate gate, IOptions<CrawlHttpOptions> options, ILogger<PolitenessHandler> logger)
    : DelegatingHandler
{
    /// <summary>A Crawl-delay is honoured up to this: 30 s, and at most a third of the attempt timeout (robots.txt
    /// and the page each wait one slot inside an attempt; an hour-long delay would only time every attempt out).</summary>
    private TimeSpan MaxCrawlDelay => TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, options.Value.AttemptTimeout.Ticks / 3));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri ?? throw new ArgumentException("The request has no URL.", nameof(request));
        var settings = CrawlRunSettings.Of(request);
        FetchAttempts.Of(request)?.Increment();
        SetUserAgent(request);
        var robots = await robotsCache.GetAsync(url, token => FetchRobotsAsync(url, settings, token), cancellationToken)
            .ConfigureAwait(false);
        if (robots.UnavailableReason is { } unavailable)
        {
            return RobotsRefusal.Create(request, unavailable);
        }

        if (!robots.IsAllowed(url))
        {
            Log.RobotsDisallowed(logger, url);
            return RobotsRefusal.Create(request);
        }

        return await SendInSlotAsync(request, Interval(settings.Politeness, robots.CrawlDelay, MaxCrawlDelay), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Sends in the authority's next slot; the slot after it is an interval after the answer at the earliest.</summary>
    private async Task<HttpResponseMessage> SendInSlotAsync(HttpRequestMessage request, TimeSpan interval, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        await gate.WaitForSlotAsync(url, interval, cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Answered(url, interval);
        }
    }

    internal static TimeSpan Interval(PolitenessSettings politeness, TimeSpan? crawlDelay, TimeSpan maxCrawlDelay)
    {
        var perSecond = politeness.RequestsPerSecond > 0 ? politeness.RequestsPerSecond : PolitenessSettings.DefaultRequestsPerSecond;
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var delay = crawlDelay is { } d ? (d > maxCrawlDelay ? maxCrawlDelay : d) : TimeSpan.Zero;
        return delay > interval ? delay : interval;
    }

    private async Task<(RobotsTxt Robots, TimeSpan Lifetime)> FetchRobotsAsync(
        Uri url, CrawlRunSettings settings, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(new Uri(url.GetLeftPart(UriPartial.Authority)), "/robots.txt");
        using var request = new HttpRequestMessage(HttpMethod.Get, robotsUrl);
        request.Options.Set(CrawlRunSettings.Key, settings);
        SetUserAgent(request);
        using (var response = await SendInSlotAsync(request, Interval(settings.Politeness, null, MaxCrawlDelay), cancellationToken)
                   .ConfigureAwait(false))
        {
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                var robots = RobotsTxt.Parse(await ReadHeadAsync(response, cancellationToken).ConfigureAwait(false));
                Log.RobotsRead(logger, robotsUrl, robots.RuleCount, robots.CrawlDelay?.TotalSeconds);
                return (robots, options.Value.RobotsCacheLifetime);
            }

            if (status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                Log.RobotsMissing(logger, robotsUrl, status);
                return (RobotsTxt.AllowAll, options.Value.RobotsCacheLifetime);
            }

            Log.RobotsUnavailable(logger, robotsUrl, status, options.Value.RobotsFailureLifetime.TotalSeconds);
            return (RobotsTxt.Unavailable(string.Create(CultureInfo.InvariantCulture, $"{robotsUrl} answered HTTP {status}")),
                options.Value.RobotsFailureLifetime);
        }
    }

    private static async Task<byte[]> ReadHeadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[RobotsTxt.MaxBytes];
            var length = 0;
            int read;
            while (length < buffer.Length
                   && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return buffer[..length];
        }
    }

    private void SetUserAgent(HttpRequestMessage request)
    {
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", options.Value.UserAgent);
    }
}
