using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Profiles;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Storage.Sqlite;

/// <summary>Profiles and the audit log in the data directory's <c>grensjobs.db</c> (schema 0003).</summary>
internal sealed partial class SqliteProfileStore : IProfileStore, IAuditLog, IDisposable
{
    private const string Columns = "json, format, imported_at, updated_at, seq";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteProfileStore(IOptions<StoreOptions> options, TimeProvider time, ILogger<SqliteProfileStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(options.Value, logger);
        _time = time;
    }

    public void Dispose() => _database.Dispose();

    public async Task<ProfileUpsertSummary> UpsertAsync(
        IReadOnlyList<ProfileToStore> batch, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return default;
        }

        var now = Timestamps.ToText(_time.GetUtcNow());
        int created = 0, updated = 0, unchanged = 0;
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        var sequence = await ReadSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await using var find = Command(connection, transaction, "SELECT content_hash FROM profiles WHERE id = $id;");
        await using var insert = Command(connection, transaction,
            """
            INSERT INTO profiles (id, seq, format, imported_at, updated_at, content_hash, json)
            VALUES ($id, $seq, $format, $now, $now, $hash, $json);
            """);
        await using var update = Command(connection, transaction,
            "UPDATE profiles SET seq = $seq, format = $format, updated_at = $now, content_hash = $hash, json = $json WHERE id = $id;");
        await using var audit = AuditCommand(connection, transaction);
        foreach (var item in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var json = JsonSerializer.Serialize(item.Profile, GrensJobsJsonContext.Default.NormalisedProfile);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Format + "\n" + json)));
            var id = item.Profile.Profile.Id;
            find.Parameters["$id"].Value = id;
            var existing = (string?)await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (string.Equals(existing, hash, StringComparison.Ordinal))
            {
                unchanged++;
                continue;
            }

            var write = existing is null ? insert : update;
            write.Parameters["$id"].Value = id;
            write.Parameters["$seq"].Value = ++sequence;
            write.Parameters["$format"].Value = item.Format;
            write.Parameters["$now"].Value = now;
            write.Parameters["$hash"].Value = hash;
            write.Parameters["$json"].Value = json;
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await AuditAsync(audit, new AuditEntry(_time.GetUtcNow(), actor, AuditActions.Import, id,
                Detail: (existing is null ? "created" : "updated") + ", format " + item.Format), cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }

        await WriteSequenceAsync(connection, transaction, sequence, cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        return new ProfileUpsertSummary(created, updated, unchanged);
    }

    public async Task<StoredProfile?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM profiles WHERE id = $id;");
        command.Parameters["$id"].Value = id;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadStored(reader) : null;
    }

    public async Task<IReadOnlyList<StoredProfile>> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, $"SELECT {Columns} FROM profiles ORDER BY id LIMIT $limit OFFSET $offset;");
        command.Parameters["$limit"].Value = limit;
        command.Parameters["$offset"].Value = offset;
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT count(*) FROM profiles;");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<ProfileChanges> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One read transaction: the changes, the tombstones and the sequence are one snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var changed = Command(connection, transaction, $"SELECT {Columns} FROM profiles WHERE seq > $after ORDER BY seq LIMIT $limit;");
        changed.Parameters["$after"].Value = afterSequence;
        changed.Parameters["$limit"].Value = limit;
        var profiles = await ReadAllAsync(changed, cancellationToken).ConfigureAwait(false);
        var last = profiles.Count == limit
            ? profiles[^1].Sequence
            : await ReadSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await using var purged = Command(connection, transaction, "SELECT id FROM profile_tombstones WHERE seq > $after AND seq <= $last ORDER BY seq;");
        purged.Parameters["$after"].Value = afterSequence;
        purged.Parameters["$last"].Value = last;
        var ids = new List<string>();
        await using (var reader = await purged.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return new ProfileChanges(profiles, ids, last);
    }

    private static StoredProfile ReadStored(SqliteDataReader reader) => new(
        JsonSerializer.Deserialize(reader.GetString(0), GrensJobsJsonContext.Default.NormalisedProfile)
            ?? throw new InvalidDataException("A stored profile's JSON is null."),
        reader.GetString(1),
        Timestamps.Parse(reader.GetString(2)),
        Timestamps.Parse(reader.GetString(3)),
        reader.GetInt64(4));

    private static async Task<List<StoredProfile>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var profiles = new List<StoredProfile>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            profiles.Add(ReadStored(reader));
        }

        return profiles;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in ParameterNames(sql))
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    private static IEnumerable<string> ParameterNames(string sql)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = sql.IndexOf('$', StringComparison.Ordinal); i >= 0; i = sql.IndexOf('$', i + 1))
        {
            var end = i + 1;
            while (end < sql.Length && (char.IsAsciiLetterOrDigit(sql[end]) || sql[end] == '_'))
            {
                end++;
            }

            if (seen.Add(sql[i..end]))
            {
                yield return sql[i..end];
            }
        }
    }

    private static async Task<long> ReadSequenceAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT value FROM profile_sequence WHERE id = 1;");
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task WriteSequenceAsync(
        SqliteConnection connection, SqliteTransaction transaction, long value, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "UPDATE profile_sequence SET value = $value WHERE id = 1;");
        command.Parameters["$value"].Value = value;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
