using GrensJobs.Storage.Audit;
using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Sqlite;

internal sealed partial class SqliteProfileStore
{
    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken) => WriteAsync([entry], cancellationToken);

    public async Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        await using (var command = AuditCommand(connection, transaction))
        {
            foreach (var entry in entries)
            {
                await AuditAsync(command, entry, cancellationToken).ConfigureAwait(false);
            }
        }

        transaction.Commit();
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            """
            SELECT at, actor, action, profile_id, reason, detail FROM audit_log
            WHERE ($profile IS NULL OR profile_id = $profile) AND ($actor IS NULL OR actor = $actor)
            ORDER BY entry_id DESC LIMIT $limit;
            """);
        command.Parameters["$profile"].Value = (object?)query.ProfileId ?? DBNull.Value;
        command.Parameters["$actor"].Value = (object?)query.Actor ?? DBNull.Value;
        command.Parameters["$limit"].Value = Math.Clamp(query.Limit, 1, 10_000);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(
                Timestamps.Parse(reader.GetString(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }

    private static SqliteCommand AuditCommand(SqliteConnection connection, SqliteTransaction transaction) => Command(connection, transaction,
        "INSERT INTO audit_log (at, actor, action, profile_id, reason, detail) VALUES ($at, $actor, $action, $profile, $reason, $detail);");

    private static async Task AuditAsync(SqliteCommand command, AuditEntry entry, CancellationToken cancellationToken)
    {
        command.Parameters["$at"].Value = Timestamps.ToText(entry.At);
        command.Parameters["$actor"].Value = entry.Actor;
        command.Parameters["$action"].Value = entry.Action;
        command.Parameters["$profile"].Value = (object?)entry.ProfileId ?? DBNull.Value;
        command.Parameters["$reason"].Value = (object?)entry.Reason ?? DBNull.Value;
        command.Parameters["$detail"].Value = (object?)entry.Detail ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
