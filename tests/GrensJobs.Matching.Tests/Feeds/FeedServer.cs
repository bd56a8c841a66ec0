using System.Globalization;
using GrensJobs.Matching.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Matching.Tests.Feeds;

/// <summary>
/// A WireMock feed server and the product's own registration (<see cref="ProfileFeedsServiceCollectionExtensions.AddProfileFeeds"/>)
/// pointed at it, with short resilience timings from configuration.
/// </summary>
internal sealed class FeedServer : IDisposable
{
    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>The feed's configuration section (<c>Uwv</c>, <c>Ba</c>, <c>Vdab</c>) with test defaults, overridden by <paramref name="settings"/>.</summary>
    public static Dictionary<string, string?> Settings(string section, string baseUrl, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [$"ProfileFeeds:{section}:BaseUrl"] = baseUrl,
            [$"ProfileFeeds:{section}:PageSize"] = "2",
            [$"ProfileFeeds:{section}:MaxRetryAttempts"] = "2",
            [$"ProfileFeeds:{section}:RetryDelay"] = "00:00:00.010",
            [$"ProfileFeeds:{section}:AttemptTimeout"] = "00:00:05",
            [$"ProfileFeeds:{section}:TotalTimeout"] = "00:00:20",
        };
        foreach (var (key, value) in settings)
        {
            values[$"ProfileFeeds:{section}:{key}"] = value;
        }

        return values;
    }

    private readonly List<ServiceProvider> providers = [];

    /// <summary>The product's registration over <paramref name="settings"/>; disposed with this server.</summary>
    public ServiceProvider Services(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddProfileFeeds(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        providers.Add(provider);
        return provider;
    }

    public static IProfileFeed Feed(ServiceProvider services, string name)
    {
        Assert.True(services.GetRequiredService<ProfileFeedCatalog>().TryGet(name, out var feed, out var problem), problem);
        return feed;
    }

    public static async Task<List<ProfileRecordResult>> ReadAllAsync(IProfileFeed feed, CancellationToken cancellationToken)
    {
        var results = new List<ProfileRecordResult>();
        await foreach (var result in feed.ReadAsync(cancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>The requests to <paramref name="path"/>, in order.</summary>
    public List<WireMock.Logging.ILogEntry> Requests(string path) =>
        [.. Server.LogEntries.Where(entry => entry.RequestMessage.Path == path).OrderBy(entry => entry.RequestMessage.DateTime)];

    public static string Query(WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage.Query is { } query && query.TryGetValue(name, out var values) ? values[0] : "";

    public static string Header(WireMock.Logging.ILogEntry entry, string name) =>
        entry.RequestMessage.Headers is { } headers && headers.TryGetValue(name, out var values) ? values[0] : "";

    public static string Page(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);

    public void Dispose()
    {
        foreach (var provider in providers)
        {
            provider.Dispose();
        }

        Server.Stop();
    }
}
