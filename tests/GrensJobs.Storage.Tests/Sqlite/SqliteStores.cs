using GrensJobs.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GrensJobs.Storage.Tests.Sqlite;

internal static class SqliteStores
{
    public static SqliteVacancyStore Create(string dataDirectory, TimeProvider time, ILogger<SqliteVacancyStore>? logger = null) =>
        new(Options.Create(new StoreOptions { DataDirectory = dataDirectory, BusyTimeoutMs = 30_000 }),
            time, logger ?? NullLogger<SqliteVacancyStore>.Instance);
}
