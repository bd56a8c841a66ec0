using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using GrensJobs.Storage.Shortlists;
using GrensJobs.Storage.Sources;
using GrensJobs.Storage.Sqlite;
using GrensJobs.Storage.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrensJobs.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store of record (SQLite, <c>grensjobs.db</c> in <paramref name="dataDirectory"/>) as a singleton
    /// <see cref="IVacancyStore"/> (and <see cref="ICrawlLog"/>, <see cref="IProfileStore"/> and <see cref="IAuditLog"/> on the same file;
    /// the mediator area's <see cref="IUserStore"/> and <see cref="IShortlistStore"/> too), with validated <see cref="StoreOptions"/>.
    /// The schema is migrated on first use.
    /// </summary>
    public static IServiceCollection AddStore(
        this IServiceCollection services, string dataDirectory, Action<StoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StoreOptions>()
            .Configure(options =>
            {
                options.DataDirectory = dataDirectory;
                configure?.Invoke(options);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteVacancyStore>();
        services.TryAddSingleton<IVacancyStore>(provider => provider.GetRequiredService<SqliteVacancyStore>());
        services.TryAddSingleton<ICrawlLog>(provider => provider.GetRequiredService<SqliteVacancyStore>());
        services.TryAddSingleton<SqliteProfileStore>();
        services.TryAddSingleton<IProfileStore>(provider => provider.GetRequiredService<SqliteProfileStore>());
        services.TryAddSingleton<IAuditLog>(provider => provider.GetRequiredService<SqliteProfileStore>());
        services.TryAddSingleton<IUserStore, SqliteUserStore>();
        services.TryAddSingleton<IShortlistStore, SqliteShortlistStore>();
        return services;
    }
}
