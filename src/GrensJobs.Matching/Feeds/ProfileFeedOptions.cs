using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// What every profile feed is configured with (<c>ProfileFeeds:Uwv</c>, <c>:Ba</c>, <c>:Vdab</c>): where it is, the
/// page size, and the standard resilience handler's timings.
/// </summary>
internal abstract class ProfileFeedOptions
{
    /// <summary>The feed's base URL, e.g. <c>https://api.example.nl</c>; the feed's paths are appended to it.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "";

    [Range(1, 1_000)]
    public int PageSize { get; set; } = 100;

    /// <summary>Retries of a failed request (5xx, 429 honouring Retry-After, timeouts, connection failures).</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.05", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One request with all its retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
