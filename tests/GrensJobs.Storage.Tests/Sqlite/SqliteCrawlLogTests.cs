using GrensJobs.Storage.Sources;
using GrensJobs.Storage.Sqlite;
using GrensJobs.Storage.Tests.Sources;

namespace GrensJobs.Storage.Tests.Sqlite;

public sealed class SqliteCrawlLogTests : CrawlLogTests, IDisposable
{
    private readonly TempDataDirectory _directory = new();
    private readonly List<SqliteVacancyStore> _stores = [];

    protected override ICrawlLog CreateCrawlLog(TimeProvider time)
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
