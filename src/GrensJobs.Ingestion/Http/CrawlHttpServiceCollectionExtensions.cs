using System.Net;
using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace GrensJobs.Ingestion.Http;

public static class CrawlHttpServiceCollectionExtensions
{
    /// <summary>
    /// The crawl HTTP pipeline, outermost first: admission (concurrency per authority and overall) → standard
    /// resilience (retries with jitter honouring Retry-After, a circuit breaker per authority, attempt and total
    /// timeouts) → politeness (User-Agent, robots.txt, send slots per authority) → conditional GET → decompression
    /// and body guard → SocketsHttpHandler with the SSRF guard as ConnectCallback. Runs get their fetcher from
    /// <see cref="CrawlFetchers"/>.
    /// </summary>
    public static IServiceCollection AddCrawlHttp(this IServiceCollection services, Action<CrawlHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<CrawlHttpOptions>().ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, SystemHostResolver>();
        services.TryAddSingleton<SsrfGuard>();
        services.TryAddSingleton<AuthorityGate>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<ConditionalGetCache>();
        services.TryAddTransient<AdmissionHandler>();
        services.TryAddTransient<PolitenessHandler>();
        services.TryAddTransient<ConditionalGetHandler>();
        services.TryAddTransient<DecompressionHandler>();
        services.TryAddSingleton<CrawlFetchers>();
        services.TryAddSingleton<IPageFetcherFactory>(provider => provider.GetRequiredService<CrawlFetchers>());

        services.Configure<TelemetryOptions>(CrawlResilience.QuietTelemetry);
        AddPipeline(services, CrawlFetchers.ClientName);
        AddPipeline(services, CrawlFetchers.PrivateClientName);
        return services;
    }

    /// <summary>
    /// One client for runs limited to public addresses and one for runs that may reach private ones, so a pooled
    /// connection to a private address made for one run is never reused by a run that may not reach it.
    /// </summary>
    private static void AddPipeline(IServiceCollection services, string name)
    {
        var client = services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(CreatePrimaryHandler)
            .AddHttpMessageHandler<AdmissionHandler>();
        client.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) => CrawlResilience.Configure(
                resilience,
                provider.GetRequiredService<IOptions<CrawlHttpOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CrawlResilience))))
            .SelectPipelineByAuthority();
        client.AddHttpMessageHandler<PolitenessHandler>()
            .AddHttpMessageHandler<ConditionalGetHandler>()
            .AddHttpMessageHandler<DecompressionHandler>();
    }

    private static SocketsHttpHandler CreatePrimaryHandler(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<CrawlHttpOptions>>().Value;
        return new SocketsHttpHandler
        {
            // Redirects are followed by the run's CrawlRunHandler, so every hop passes robots.txt and politeness.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = options.ConnectTimeout,
            ConnectCallback = provider.GetRequiredService<SsrfGuard>().ConnectAsync,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
    }
}
