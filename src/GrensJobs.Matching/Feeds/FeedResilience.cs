using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// The standard resilience handler of a profile feed (the one retry layer of its pipeline: retries with jitter that
/// honour Retry-After, a circuit breaker, attempt and total timeouts), timed by the feed's options.
/// </summary>
internal static class FeedResilience
{
    public static void Configure(HttpStandardResilienceOptions resilience, ProfileFeedOptions options)
    {
        resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = options.TotalTimeout > options.AttemptTimeout ? options.TotalTimeout : options.AttemptTimeout;
        var twoAttempts = options.AttemptTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = twoAttempts > TimeSpan.FromSeconds(30) ? twoAttempts : TimeSpan.FromSeconds(30);
    }
}
