using GrensJobs.Matching.Feeds;
using GrensJobs.Matching.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrensJobs.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers profile normalisation, the matchers of both directions with validated <see cref="MatchingOptions"/>
    /// (section <c>Matching</c>) and <see cref="ProfileOptions"/> (section <c>Profiles</c>), the private profile index and the profile feeds whose section is configured (<c>ProfileFeeds</c>).
    /// </summary>
    public static IServiceCollection AddMatching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MatchingOptions>().Bind(configuration.GetSection(MatchingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProfileOptions>().Bind(configuration.GetSection(ProfileOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProfileNormaliser>();
        services.TryAddSingleton<VacancyMatcher>();
        services.TryAddSingleton<ProfileMatcher>();
        services.TryAddSingleton<ProfileIndex>();
        services.AddProfileFeeds(configuration);
        return services;
    }
}
