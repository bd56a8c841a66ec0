using GrensJobs.Crawlers;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrensJobs.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the crawl engine: validated <see cref="CrawlOptions"/>, every source adapter and the
    /// <see cref="CrawlRunner"/>. The store, the normaliser and an <see cref="IPageFetcherFactory"/> come from their
    /// own registrations.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, Action<CrawlOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CrawlOptions>()
            .Configure(options => configure?.Invoke(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        foreach (var adapter in SourceAdapters.All())
        {
            services.AddSingleton<ISourceAdapter>(adapter);
        }

        services.TryAddSingleton<CrawlRunner>();
        return services;
    }
}
