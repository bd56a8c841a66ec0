using GrensJobs.Normalisation;
using GrensJobs.Search;
using GrensJobs.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Cli;

/// <summary>
/// The composition root for command-line verbs: configuration (appsettings.json, then environment variables
/// <c>GrensJobs__Section__Key</c>), logging to stderr, the clock, and each project's own registration.
/// </summary>
internal static class AppServices
{
    public static ServiceProvider Build(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables(prefix: "GrensJobs__")
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
                options => options.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton(TimeProvider.System);
        services.AddNormalisation();
        services.AddStore(dataDirectory, options =>
        {
            configuration.GetSection("Store").Bind(options);
            options.DataDirectory = dataDirectory;
        });
        services.AddSearch(dataDirectory, options =>
        {
            configuration.GetSection("Search").Bind(options);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
