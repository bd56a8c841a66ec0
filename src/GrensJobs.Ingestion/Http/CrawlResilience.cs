using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;

namespace GrensJobs.Ingestion.Http;

/// <summary>How the standard resilience handler is set up for crawling: the single retry layer of the pipeline.</summary>
internal static class CrawlResilience
{
    public static void Configure(HttpStandardResilienceOptions resilience, CrawlHttpOptions options, TimeProvider time, ILogger logger)
    {
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = options.TotalTimeout > options.AttemptTimeout ? options.TotalTimeout : options.AttemptTimeout;
        resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.Delay = options.RetryBaseDelay;
        resilience.Retry.ShouldRetryAfterHeader = false;
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter, time, logger));
        resilience.Retry.DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time));
        resilience.Retry.OnRetry = args =>
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var url = args.Outcome.Result?.RequestMessage?.RequestUri;
                var reason = args.Outcome.Exception?.Message ?? $"HTTP {(int?)args.Outcome.Result?.StatusCode}";
                Log.Retrying(logger, url, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, reason);
            }

            return ValueTask.CompletedTask;
        };
        var twoAttempts = options.AttemptTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = twoAttempts > TimeSpan.FromSeconds(30) ? twoAttempts : TimeSpan.FromSeconds(30);
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome));
    }

    /// <summary>
    /// The resilience events of the crawl pipelines (every retry, every failed attempt with its exception and stack)
    /// at Debug: a failure reaches the user once, as one line naming the URL, the cause and the attempts made.
    /// Other pipelines keep Polly's own severities.
    /// </summary>
    public static void QuietTelemetry(TelemetryOptions telemetry)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        var previous = telemetry.SeverityProvider;
        telemetry.SeverityProvider = args =>
            args.Source.PipelineName?.StartsWith(CrawlFetchers.ClientName, StringComparison.Ordinal) == true
                ? ResilienceEventSeverity.Debug
                : previous?.Invoke(args) ?? args.Event.Severity;
    }

    /// <summary>Transient failures, except refusals (SSRF, bodies cut off) that would fail the same way again.</summary>
    public static bool IsRetryable(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome)
        && (outcome.Exception is null
            || (Find<SsrfRefusedException>(outcome.Exception) is null && Find<BodyRejectedException>(outcome.Exception) is null));

    public static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time, ILogger logger)
    {
        if (!IsRetryable(outcome))
        {
            return false;
        }

        if (RetryAfter(outcome.Result, time) is { } wait && wait > maxRetryAfter)
        {
            Log.RetryAfterTooLong(logger, outcome.Result?.RequestMessage?.RequestUri, wait.TotalSeconds, maxRetryAfter.TotalSeconds);
            return false;
        }

        return true;
    }

    /// <summary>The wait a 429/503 asks for in Retry-After (seconds or a date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        if (response is null || response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) : null;
    }
}
