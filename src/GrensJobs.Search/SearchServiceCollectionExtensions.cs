using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrensJobs.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the analyzers, the <see cref="VacancySearcher"/> and validated <see cref="SearchOptions"/> (index in
    /// <c>index/vacancies</c> under <paramref name="dataDirectory"/>). The index itself is opened by the host, which
    /// decides whether it holds the writer.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, string dataDirectory, Action<SearchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SearchOptions>()
            .Configure(options =>
            {
                options.IndexDirectory = SearchOptions.DefaultIndexDirectory(dataDirectory);
                configure?.Invoke(options);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(_ => new VacancyAnalyzers());
        services.TryAddSingleton<VacancySearcher>();
        return services;
    }
}
