using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>Registers profile import, the matcher and the profile feeds' clients.</summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
