using System.Globalization;
using GrensJobs.Storage.Sqlite;
using GrensJobs.Storage.Tests.Vacancies;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Storage.Tests.Sqlite;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_directory.Path, "grensjobs.db");

    [Fact]
    public async Task Open_MissingDataDirectory_CreatesItWithWalDatabase()
    {
        Assert.False(Directory.Exists(_directory.Path));
        using var store = SqliteStores.Create(_directory.Path, _time);

        await store.InitializeAsync(Token);

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Open_Twice_AppliesEachMigrationOnce()
    {
        using (var first = SqliteStores.Create(_directory.Path, _time))
        {
            await first.UpsertAsync([TestVacancies.Schweisser()], Token);
        }

        using var second = SqliteStores.Create(_directory.Path, _time);
        await second.InitializeAsync(Token);

        Assert.Equal(SqliteMigrator.Known.Count.ToString(CultureInfo.InvariantCulture),
            await ScalarAsync("SELECT count(*) FROM schema_migrations;"));
        Assert.Equal(SqliteMigrator.LatestVersion.ToString(CultureInfo.InvariantCulture),
            await ScalarAsync("SELECT max(version) FROM schema_migrations;"));
        Assert.Equal(new StoreCounts(1, 1, 0), await second.CountAsync(Token));
    }

    [Fact]
    public async Task Open_SchemaNewerThanKnown_ThrowsClearError()
    {
        using (var first = SqliteStores.Create(_directory.Path, _time))
        {
            await first.InitializeAsync(Token);
        }

        await ExecuteAsync("INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_from_the_future');");
        using var store = SqliteStores.Create(_directory.Path, _time);

        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => store.CountAsync(Token));

        Assert.Contains("schema version 9999", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"up to {SqliteMigrator.LatestVersion}"),
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_Embedded_AreOrderedAndStartAtOne()
    {
        Assert.Equal(1, SqliteMigrator.Known[0].Version);
        Assert.Equal("0001_initial", SqliteMigrator.Known[0].Name);
        Assert.Equal(SqliteMigrator.Known.Select(m => m.Version).Order(), SqliteMigrator.Known.Select(m => m.Version));
    }

    [Fact]
    public async Task Upsert_Vacancy_FillsQueryableColumnsAndEuregios()
    {
        using var store = SqliteStores.Create(_directory.Path, _time);
        var kevelaer = TestVacancies.Schweisser() with
        {
            Locations = [TestVacancies.Schweisser().Location!, TestVacancies.Soudeur().Location!],
        };

        await store.UpsertAsync([kevelaer], Token);

        Assert.Equal("DE|DEA1B|7212|2026-11-02|2026-12-31|de|Müller GmbH|open", await ScalarAsync(
            "SELECT country || '|' || nuts3 || '|' || isco || '|' || posted || '|' || valid_through || '|' || " +
            "language || '|' || employer || '|' || status FROM vacancies;"));
        Assert.Equal("maas-rijn,rhein-maas-nord,rhein-waal", await ScalarAsync(
            "SELECT group_concat(euregio, ',') FROM (SELECT euregio FROM vacancy_euregios ORDER BY euregio);"));
    }

    [Fact]
    public async Task Upsert_LocationChanged_ReplacesEuregios()
    {
        using var store = SqliteStores.Create(_directory.Path, _time);
        await store.UpsertAsync([TestVacancies.Schweisser()], Token);

        await store.UpsertAsync(
            [TestVacancies.Schweisser() with { Location = TestVacancies.Soudeur().Location }], Token);

        Assert.Equal("maas-rijn", await ScalarAsync("SELECT group_concat(euregio, ',') FROM vacancy_euregios;"));
        Assert.Equal("BE", await ScalarAsync("SELECT country FROM vacancies;"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(Token), CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }
}
