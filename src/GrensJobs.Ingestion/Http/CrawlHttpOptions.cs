using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Ingestion.Http;

/// <summary>Settings of the crawl HTTP pipeline (section <c>Crawl:Http</c>); per-source politeness is in the definitions.</summary>
public sealed class CrawlHttpOptions
{
    public const string SectionName = "Crawl:Http";

    /// <summary>Product version in the User-Agent.</summary>
    [Required]
    [RegularExpression(@"^[0-9A-Za-z.\-]+$")]
    public string Version { get; set; } = "1.0";

    /// <summary>Where site owners learn who we are and how to reach us; part of the User-Agent.</summary>
    [Required]
    [Url]
    public string ContactUrl { get; set; } = "https://grensjobs.eu/bot";

    /// <summary><c>GrensJobs/&lt;version&gt; (+&lt;contact URL&gt;)</c>.</summary>
    public string UserAgent => $"GrensJobs/{Version} (+{ContactUrl})";

    [Range(typeof(TimeSpan), "00:00:00.05", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>One attempt, until the response headers arrive (waiting for a politeness slot included).</summary>
    [Range(typeof(TimeSpan), "00:00:00.05", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>All attempts with their waits; also the most time a body may take to arrive.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries after the first attempt (429, 5xx, 408, connection failures, attempt timeouts).</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay (exponential with jitter) when the server gives no Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After honoured; a longer one ends the request with the server's 429/503.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Largest (decompressed) body.</summary>
    [Range(1_024, 1L << 32)]
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most decompressed bytes per compressed byte before a body counts as a decompression bomb.</summary>
    [Range(2, 10_000)]
    public int MaxDecompressionRatio { get; set; } = 100;

    /// <summary>Decompressed bytes always allowed whatever the ratio (small, highly repetitive pages).</summary>
    [Range(0, 1L << 30)]
    public long DecompressionAllowanceBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a robots.txt that was read (or was missing) is kept.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RobotsCacheLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a robots.txt that answered 5xx keeps its authority disallowed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RobotsFailureLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Requests in flight at once over all authorities.</summary>
    [Range(1, 1_000)]
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>Bodies kept for conditional GET (ETag/Last-Modified), in bytes over all URLs.</summary>
    [Range(0, 1L << 32)]
    public long ConditionalCacheBytes { get; set; } = 64 * 1024 * 1024;
}
