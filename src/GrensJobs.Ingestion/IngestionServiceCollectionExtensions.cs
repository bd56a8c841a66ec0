using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrensJobs.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the crawl engine: validated <see cref="CrawlOptions"/> and the <see cref="CrawlRunner"/>. The store,
    /// the normaliser, the source adapters and an <see cref="IPageFetcherFactory"/> come from their own registrations.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, Action<CrawlOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CrawlOptions>()
            .Configure(options => configure?.Invoke(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CrawlRunner>();
        return services;
    }
}
