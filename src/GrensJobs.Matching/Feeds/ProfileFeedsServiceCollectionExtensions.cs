using GrensJobs.Matching.Feeds.Ba;
using GrensJobs.Matching.Feeds.Uwv;
using GrensJobs.Matching.Feeds.Vdab;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrensJobs.Matching.Feeds;

public static class ProfileFeedsServiceCollectionExtensions
{
    /// <summary>
    /// The profile feeds configured under <c>ProfileFeeds</c> (<c>Uwv</c>, <c>Ba</c>, <c>Vdab</c>; a feed without
    /// its section is left out, so the product starts without any), each an <see cref="IProfileFeed"/> over a Refit
    /// client from <see cref="IHttpClientFactory"/> with its auth handler and the standard resilience handler, its
    /// options validated at start; and the <see cref="ProfileFeedCatalog"/> that finds them by name.
    /// </summary>
    public static IServiceCollection AddProfileFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<ProfileFeedCatalog>();
        var feeds = configuration.GetSection("ProfileFeeds");
        if (feeds.GetSection(UwvFeedOptions.Section).Exists())
        {
            UwvProfileFeed.Register(services, feeds.GetSection(UwvFeedOptions.Section));
        }

        if (feeds.GetSection(BaFeedOptions.Section).Exists())
        {
            BaProfileFeed.Register(services, feeds.GetSection(BaFeedOptions.Section));
        }

        if (feeds.GetSection(VdabFeedOptions.Section).Exists())
        {
            VdabProfileFeed.Register(services, feeds.GetSection(VdabFeedOptions.Section));
        }

        return services;
    }
}
