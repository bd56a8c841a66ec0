using System.Security.Cryptography;
using GrensJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Storage.Users;

/// <summary>The accounts in the store's SQLite file (table <c>users</c>, schema 0004).</summary>
internal sealed class SqliteUserStore : IUserStore, IDisposable
{
    private const string Columns =
        "id, name, role, password_hash, security_stamp, disabled, failed_attempts, locked_until, created_at, last_login_at";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteUserStore(IOptions<StoreOptions> options, TimeProvider time, ILogger<SqliteUserStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(options.Value, logger);
        _time = time;
    }

    public void Dispose() => _database.Dispose();

    public async Task<UserAccount?> AddAsync(string name, UserRole role, string passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            INSERT INTO users (name, role, password_hash, security_stamp, created_at)
            VALUES ($name, $role, $hash, $stamp, $now)
            ON CONFLICT (name) DO NOTHING
            RETURNING {Columns};
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$role", UserRoles.Name(role));
        command.Parameters.AddWithValue("$hash", passwordHash);
        command.Parameters.AddWithValue("$stamp", NewStamp());
        command.Parameters.AddWithValue("$now", Timestamps.ToText(_time.GetUtcNow()));
        return await ReadOneAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<UserAccount?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM users WHERE name = $name;";
        command.Parameters.AddWithValue("$name", name);
        return await ReadOneAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM users ORDER BY name;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<UserAccount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    public async Task<bool> SetPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE users SET password_hash = $hash, security_stamp = $stamp, failed_attempts = 0, locked_until = NULL
            WHERE name = $name;
            """,
            name, command => command.Parameters.AddWithValue("$hash", passwordHash), cancellationToken).ConfigureAwait(false) > 0;

    public async Task<bool> DisableAsync(string name, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE users SET disabled = 1, security_stamp = $stamp WHERE name = $name;", name, null, cancellationToken)
            .ConfigureAwait(false) > 0;

    public async Task<bool> EndSessionsAsync(string name, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE users SET security_stamp = $stamp WHERE name = $name;", name, null, cancellationToken)
            .ConfigureAwait(false) > 0;

    public async Task<UserAccount?> RecordFailedLoginAsync(string name, int maxAttempts, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAttempts);
        var now = _time.GetUtcNow();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // One statement: two failed logins at once still count twice.
        command.CommandText =
            $"""
            UPDATE users SET
                locked_until = CASE WHEN failed_attempts + 1 >= $max THEN $until ELSE locked_until END,
                failed_attempts = CASE WHEN failed_attempts + 1 >= $max THEN 0 ELSE failed_attempts + 1 END
            WHERE name = $name
            RETURNING {Columns};
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$max", maxAttempts);
        command.Parameters.AddWithValue("$until", Timestamps.ToText(now + lockFor));
        return await ReadOneAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordLoginAsync(string name, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = $now WHERE name = $name;",
            name, command => command.Parameters.AddWithValue("$now", Timestamps.ToText(_time.GetUtcNow())), cancellationToken).ConfigureAwait(false);

    private async Task<int> ExecuteAsync(string sql, string name, Action<SqliteCommand>? bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$name", name);
        // A new security stamp for the statements that end sessions (unused parameters are harmless to SQLite).
        command.Parameters.AddWithValue("$stamp", NewStamp());
        bind?.Invoke(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<UserAccount?> ReadOneAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private static UserAccount Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        UserRoles.Parse(reader.GetString(2)) ?? throw new InvalidDataException($"Unknown role '{reader.GetString(2)}' in the store."),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetInt64(5) != 0,
        reader.GetInt32(6),
        reader.IsDBNull(7) ? null : Timestamps.Parse(reader.GetString(7)),
        Timestamps.Parse(reader.GetString(8)),
        reader.IsDBNull(9) ? null : Timestamps.Parse(reader.GetString(9)));

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
