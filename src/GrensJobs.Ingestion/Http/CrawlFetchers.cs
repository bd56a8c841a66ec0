using System.Net;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Http;

/// <summary>
/// Where a crawl run gets its fetcher: the factory's crawl pipeline wrapped in a handler that stamps the run's
/// settings (politeness, page cap, body limit, and whether private addresses are allowed) on every request.
/// </summary>
public sealed class CrawlFetchers(IHttpMessageHandlerFactory handlers, IOptions<CrawlHttpOptions> options) : IPageFetcherFactory
{
    /// <summary>The named client of the crawl pipeline for runs limited to public addresses.</summary>
    public const string ClientName = "GrensJobs.Crawl";

    /// <summary>The same pipeline for runs that may reach private addresses (its own connection pool).</summary>
    public const string PrivateClientName = "GrensJobs.Crawl.Private";

    /// <summary>A fetcher for one run of <paramref name="definition"/>; dispose it when the run ends.</summary>
    public HttpPageFetcher Create(SourceDefinition definition)
    {
        var settings = SettingsFor(definition);
        var client = settings.AllowPrivateAddresses ? PrivateClientName : ClientName;
        var pipeline = new CrawlRunHandler(settings, options.Value.MaxRedirects) { InnerHandler = handlers.CreateHandler(client) };
        var limits = new FetchLimits { MaxPages = settings.MaxPages, MaxBodyBytes = settings.MaxBodyBytes };
        return new HttpPageFetcher(pipeline, limits, disposePipeline: true);
    }

    public CrawlRunSettings SettingsFor(SourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new CrawlRunSettings
        {
            Politeness = definition.Politeness,
            AllowPrivateAddresses = definition.AllowPrivateAddresses || IsPrivateStartUrl(definition.Url),
            MaxPages = definition.MaxPages,
            MaxBodyBytes = options.Value.MaxBodyBytes,
        };
    }

    /// <summary>
    /// A start URL whose host is itself loopback or private (an IP literal, or <c>localhost</c>): the user chose a
    /// local site, so the SSRF guard lets that run reach private addresses.
    /// </summary>
    public static bool IsPrivateStartUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && AddressRanges.NonPublicReason(address) is not null;
    }
}
