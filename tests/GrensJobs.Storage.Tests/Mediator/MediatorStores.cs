using GrensJobs.Storage.Shortlists;
using GrensJobs.Storage.Users;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GrensJobs.Storage.Tests.Mediator;

/// <summary>The user and shortlist stores on one temporary data dir, and direct SQL for what other stores own (profiles).</summary>
internal sealed class MediatorStores : IDisposable
{
    private readonly string _dataDirectory;

    public MediatorStores(string dataDirectory, TimeProvider time)
    {
        _dataDirectory = dataDirectory;
        var options = Options.Create(new StoreOptions { DataDirectory = dataDirectory, BusyTimeoutMs = 30_000 });
        Users = new SqliteUserStore(options, time, NullLogger<SqliteUserStore>.Instance);
        Shortlists = new SqliteShortlistStore(options, time, NullLogger<SqliteShortlistStore>.Instance);
    }

    public SqliteUserStore Users { get; }

    public SqliteShortlistStore Shortlists { get; }

    /// <summary>A stored profile row, as the profile store writes one (only the id matters here).</summary>
    public async Task AddProfileAsync(string id, CancellationToken cancellationToken)
    {
        await Users.ListAsync(cancellationToken); // migrates the schema
        await ExecuteAsync(
            """
            UPDATE profile_sequence SET value = value + 1 WHERE id = 1;
            INSERT INTO profiles (id, seq, format, imported_at, updated_at, content_hash, json)
            VALUES ($id, (SELECT value FROM profile_sequence), 'grensjobs', '2026-11-01T00:00:00.0000000Z',
                    '2026-11-01T00:00:00.0000000Z', 'hash', '{}');
            """, id, cancellationToken);
    }

    /// <summary>Deletes a profile row as a purge does.</summary>
    public Task DeleteProfileAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM profiles WHERE id = $id;", id, cancellationToken);

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public void Dispose()
    {
        Users.Dispose();
        Shortlists.Dispose();
    }

    private async Task ExecuteAsync(string sql, string id, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteConnection Open() =>
        new(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_dataDirectory, "grensjobs.db"), ForeignKeys = true, Pooling = false }.ToString());
}
