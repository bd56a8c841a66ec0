using GrensJobs.Storage.Tests.Vacancies;

namespace GrensJobs.Storage.Tests.Sqlite;

/// <summary>The shared store tests against SQLite: one temporary data directory per test.</summary>
public sealed class SqliteVacancyStoreTests : VacancyStoreTests, IDisposable
{
    private readonly SqliteStoreHarness _stores = new();

    protected override IVacancyStore CreateStore(TimeProvider time) => _stores.Create(time);

    public void Dispose() => _stores.Dispose();
}
