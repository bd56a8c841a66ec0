using GrensJobs.Storage.Sqlite;

namespace GrensJobs.Storage.Tests.Sqlite;

/// <summary>SQLite stores on one temporary data directory, all disposed with it.</summary>
internal sealed class SqliteStoreHarness : IDisposable
{
    private readonly TempDataDirectory _directory = new();
    private readonly List<SqliteVacancyStore> _stores = [];

    public SqliteVacancyStore Create(TimeProvider time)
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
