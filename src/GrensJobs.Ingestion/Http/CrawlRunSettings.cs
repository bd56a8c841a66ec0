using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Ingestion.Http;

/// <summary>What the pipeline needs to know about the run a request belongs to; travels on the request's options.</summary>
public sealed record CrawlRunSettings
{
    public static readonly HttpRequestOptionsKey<CrawlRunSettings> Key = new("GrensJobs.CrawlRun");

    /// <summary>Settings of requests sent without a run (defaults: 1 request/s, public addresses only).</summary>
    public static CrawlRunSettings Default { get; } = new();

    public PolitenessSettings Politeness { get; init; } = new();

    /// <summary>Loopback and private addresses may be connected to (a local start URL, or the definition says so).</summary>
    public bool AllowPrivateAddresses { get; init; }

    public int MaxPages { get; init; } = 2_000;

    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;

    public static CrawlRunSettings Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var settings) ? settings : Default;
    }
}
