using GrensJobs.Storage.Sources;
using GrensJobs.Storage.Tests.Sources;

namespace GrensJobs.Storage.Tests.Sqlite;

public sealed class SqliteCrawlLogTests : CrawlLogTests, IDisposable
{
    private readonly SqliteStoreHarness _stores = new();

    protected override ICrawlLog CreateCrawlLog(TimeProvider time) => _stores.Create(time);

    public void Dispose() => _stores.Dispose();
}
