using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using GrensJobs.Ingestion.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Ingestion.Tests.Http;

/// <summary>The crawl pipeline from DI with short retry delays; attempt timeouts leave room for a cold WireMock on a busy machine.</summary>
internal sealed class CrawlHttpHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public CrawlHttpHarness(Action<CrawlHttpOptions>? configure = null, IHostResolver? resolver = null)
    {
        var services = new ServiceCollection().AddLogging();
        if (resolver is not null)
        {
            services.AddSingleton(resolver);
        }

        services.AddCrawlHttp(options =>
        {
            options.ConnectTimeout = TimeSpan.FromSeconds(1);
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.TotalTimeout = TimeSpan.FromSeconds(10);
            options.MaxRetryAttempts = 2;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            options.MaxRetryAfter = TimeSpan.FromSeconds(2);
            options.MaxBodyBytes = 1024 * 1024;
            configure?.Invoke(options);
        });
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Fast politeness for tests that are not about it: 50 requests/s per authority.</summary>
    public static PolitenessSettings Quick { get; } = new() { RequestsPerSecond = 50 };

    public CrawlFetchers Fetchers => provider.GetRequiredService<CrawlFetchers>();

    public HttpPageFetcher Fetcher(string startUrl, PolitenessSettings? politeness = null, bool allowPrivate = false) =>
        Fetchers.Create(Definition(startUrl, politeness, allowPrivate));

    public static SourceDefinition Definition(string startUrl, PolitenessSettings? politeness = null, bool allowPrivate = false) => new()
    {
        Id = "mueller-gmbh",
        Kind = SourceKinds.SchemaOrg,
        Name = "Müller GmbH Karriere",
        Url = new Uri(startUrl),
        Politeness = politeness ?? Quick,
        AllowPrivateAddresses = allowPrivate,
    };

    public void Dispose() => provider.Dispose();
}
