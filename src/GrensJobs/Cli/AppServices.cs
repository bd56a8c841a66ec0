using GrensJobs.Ingestion;
using GrensJobs.Ingestion.Http;
using GrensJobs.Matching;
using GrensJobs.Normalisation;
using GrensJobs.Search;
using GrensJobs.Storage;
using GrensJobs.Web.Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Cli;

/// <summary>
/// The composition root: configuration (appsettings.json beside the binaries, then environment variables
/// <c>GrensJobs__Section__Key</c>), logging to stderr, the clock, and each project's own registration. Verbs build
/// a plain service provider; <c>serve</c> adds the same services to its web host.
/// </summary>
internal static class AppServices
{
    public const string EnvironmentPrefix = "GrensJobs__";

    public static ServiceProvider Build(string dataDirectory)
    {
        var configuration = BuildConfiguration();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true)
            // Verbs print their own summaries; the crawl engine's run log is for the long-running host.
            .AddFilter("GrensJobs.Ingestion", LogLevel.Warning)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
                options => options.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddProduct(configuration, dataDirectory);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>appsettings.json beside the binaries, then the environment variables <c>GrensJobs__Section__Key</c>.</summary>
    public static IConfigurationRoot BuildConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables(prefix: EnvironmentPrefix)
        .Build();

    /// <summary>Everything but logging and the host: normaliser, store, search, crawl engine and its HTTP pipeline.</summary>
    public static IServiceCollection AddProduct(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddNormalisation();
        services.AddInputLimits(configuration);
        services.AddStore(dataDirectory, options =>
        {
            configuration.GetSection("Store").Bind(options);
            options.DataDirectory = dataDirectory;
        });
        services.AddSearch(dataDirectory, options => configuration.GetSection("Search").Bind(options));
        services.AddIngestion(options => configuration.GetSection("Crawl").Bind(options));
        services.AddCrawlHttp(options => configuration.GetSection("CrawlHttp").Bind(options));
        services.AddMatching(configuration);
        services.AddMediatorAccounts(configuration);
        return services;
    }
}
