using GrensJobs.Storage.Sqlite;
using GrensJobs.Storage.Tests.Vacancies;

namespace GrensJobs.Storage.Tests.Sqlite;

/// <summary>The shared store tests against SQLite: one temporary data directory per test.</summary>
public sealed class SqliteVacancyStoreTests : VacancyStoreTests, IDisposable
{
    private readonly TempDataDirectory _directory = new();
    private readonly List<SqliteVacancyStore> _stores = [];

    protected override IVacancyStore CreateStore(TimeProvider time)
    {
        var store = SqliteStores.Create(_directory.Path, time);
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _directory.Dispose();
    }
}
