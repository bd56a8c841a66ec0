using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Normalisation;

public static class NormalisationServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="VacancyNormaliser"/>; its reference data loads once, on first use.</summary>
    public static IServiceCollection AddNormalisation(this IServiceCollection services, string? seedsDirectory = null)
    {
        services.AddSingleton(_ => VacancyNormaliser.Load(seedsDirectory ?? Seeds.DefaultDirectory));
        return services;
    }
}
