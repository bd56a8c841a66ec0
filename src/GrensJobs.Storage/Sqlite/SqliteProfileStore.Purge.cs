using System.Globalization;
using GrensJobs.Storage.Audit;
using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Sqlite;

internal sealed partial class SqliteProfileStore
{
    public async Task<bool> PurgeAsync(string id, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        var purged = await PurgeWhereAsync(connection, transaction, "id = $id", ("$id", id), cancellationToken).ConfigureAwait(false);
        await using (var audit = AuditCommand(connection, transaction))
        {
            await AuditAsync(audit, new AuditEntry(_time.GetUtcNow(), actor, AuditActions.Purge, id,
                Detail: purged == 0 ? "no such profile" : "profile, its index entries and its shortlist items deleted"), cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
        return purged > 0;
    }

    public async Task<int> PurgeNotUpdatedSinceAsync(DateTimeOffset cutoff, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        var cutoffText = Timestamps.ToText(cutoff);
        var purged = await PurgeWhereAsync(connection, transaction, "updated_at < $cutoff", ("$cutoff", cutoffText), cancellationToken).ConfigureAwait(false);
        await using (var audit = AuditCommand(connection, transaction))
        {
            // The retention purge is logged once, with the count and the cutoff: which profiles they were is data.
            await AuditAsync(audit, new AuditEntry(_time.GetUtcNow(), actor, AuditActions.RetentionPurge, null,
                Detail: string.Create(CultureInfo.InvariantCulture, $"{purged} profiles not updated since {cutoffText} deleted")), cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
        return purged;
    }

    /// <summary>Deletes the matching profiles, each leaving a tombstone with a new sequence for the index followers.</summary>
    private static async Task<int> PurgeWhereAsync(
        SqliteConnection connection, SqliteTransaction transaction, string condition, (string Name, string Value) parameter,
        CancellationToken cancellationToken)
    {
        var sequence = await ReadSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var ids = new List<string>();
        await using (var select = Command(connection, transaction, $"SELECT id FROM profiles WHERE {condition} ORDER BY id;"))
        {
            select.Parameters[parameter.Name].Value = parameter.Value;
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }
        }

        await using var delete = Command(connection, transaction, "DELETE FROM profiles WHERE id = $id;");
        await using var tombstone = Command(connection, transaction, "INSERT INTO profile_tombstones (seq, id) VALUES ($seq, $id);");
        foreach (var id in ids)
        {
            delete.Parameters["$id"].Value = id;
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            tombstone.Parameters["$seq"].Value = ++sequence;
            tombstone.Parameters["$id"].Value = id;
            await tombstone.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await WriteSequenceAsync(connection, transaction, sequence, cancellationToken).ConfigureAwait(false);
        return ids.Count;
    }
}
