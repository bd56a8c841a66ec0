using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// How a profile feed's HTTP client is registered: its options bound from configuration and validated at start, a
/// client from <see cref="IHttpClientFactory"/> with the base URL, the Refit interface over it (what Refit's
/// <c>AddRefitClient</c> does), and — after the caller's own handlers — the standard resilience handler, once.
/// </summary>
internal static class FeedHttp
{
    public static void AddOptions<TOptions>(IServiceCollection services, IConfigurationSection section)
        where TOptions : ProfileFeedOptions =>
        services.AddOptions<TOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>The client for <typeparamref name="TApi"/>; add auth handlers to it, then call <see cref="AddResilience{TOptions}"/>.</summary>
    public static IHttpClientBuilder AddClient<TApi, TOptions>(IServiceCollection services, JsonSerializerContext json)
        where TApi : class
        where TOptions : ProfileFeedOptions
    {
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(json.Options));
        return services.AddHttpClient(typeof(TApi).FullName!)
            .ConfigureHttpClient((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<TOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/'), UriKind.Absolute);
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler's timeouts rule
            })
            .AddTypedClient(http => RestService.For<TApi>(http, settings));
    }

    /// <summary>The standard resilience handler, the one retry layer of the client, timed by the feed's options.</summary>
    public static IHttpClientBuilder AddResilience<TOptions>(IHttpClientBuilder client)
        where TOptions : ProfileFeedOptions
    {
        client.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
                FeedResilience.Configure(resilience, provider.GetRequiredService<IOptions<TOptions>>().Value));
        return client;
    }
}
