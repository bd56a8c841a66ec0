using GrensJobs.Core.Vacancies;
using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Sqlite;

internal sealed partial class SqliteVacancyStore
{
    public async Task<UpsertSummary> UpsertAsync(IReadOnlyList<Vacancy> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return UpsertSummary.Empty;
        }

        var now = Timestamps.ToText(_time.GetUtcNow());
        var today = VacancyRow.FormatDate(DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime))!;
        int created = 0, updated = 0, unchanged = 0, reopened = 0;
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // BEGIN IMMEDIATE: the write lock is taken (or waited for) before anything is read.
        await using var transaction = connection.BeginTransaction();
        var sequence = await ReadSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        using (var commands = new UpsertCommands(connection, transaction))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = VacancyRow.From(batch[i]);
                switch (UpsertOne(commands, row, now, today, ref sequence))
                {
                    case UpsertOutcome.New: created++; break;
                    case UpsertOutcome.Updated: updated++; break;
                    case UpsertOutcome.Unchanged: unchanged++; break;
                    default: reopened++; break;
                }
            }
        }

        await WriteSequenceAsync(connection, transaction, sequence, cancellationToken).ConfigureAwait(false);
        // Past this point the batch is committed as a whole; cancellation no longer applies.
        transaction.Commit();
        return new UpsertSummary(created, updated, unchanged, reopened);
    }

    private static UpsertOutcome UpsertOne(UpsertCommands commands, VacancyRow row, string now, string today, ref long sequence)
    {
        UpsertCommands.Set(commands.Find, "$source", row.Source);
        UpsertCommands.Set(commands.Find, "$id", row.Id);
        long rowId;
        string hash;
        bool expired;
        string? cluster;
        using (var reader = commands.Find.ExecuteReader())
        {
            if (!reader.Read())
            {
                Insert(commands, row, now, ++sequence);
                return UpsertOutcome.New;
            }

            rowId = reader.GetInt64(0);
            hash = reader.GetString(1);
            expired = string.Equals(reader.GetString(2), "expired", StringComparison.Ordinal);
            cluster = reader.IsDBNull(3) ? null : reader.GetString(3);
        }

        if (string.Equals(hash, row.ContentHash, StringComparison.Ordinal))
        {
            // An unchanged vacancy whose validThrough has passed stays expired: seen again, not reopened.
            var reopen = expired && !(row.ValidThrough is { } end && string.CompareOrdinal(end, today) < 0);
            var command = reopen ? commands.Reopen : commands.Touch;
            UpsertCommands.Set(command, "$row_id", rowId);
            UpsertCommands.Set(command, "$now", now);
            if (reopen)
            {
                UpsertCommands.Set(command, "$seq", ++sequence);
            }

            command.ExecuteNonQuery();
            return reopen ? UpsertOutcome.Reopened : UpsertOutcome.Unchanged;
        }

        var update = commands.Update;
        UpsertCommands.BindContent(update, row, ClusterOf(commands, row) ?? cluster ?? OwnCluster(row));
        UpsertCommands.Set(update, "$row_id", rowId);
        UpsertCommands.Set(update, "$seq", ++sequence);
        UpsertCommands.Set(update, "$now", now);
        update.ExecuteNonQuery();
        UpsertCommands.Set(commands.DeleteEuregios, "$row_id", rowId);
        commands.DeleteEuregios.ExecuteNonQuery();
        InsertEuregios(commands, rowId, row);
        return expired ? UpsertOutcome.Reopened : UpsertOutcome.Updated;
    }

    private static void Insert(UpsertCommands commands, VacancyRow row, string now, long sequence)
    {
        var insert = commands.Insert;
        UpsertCommands.BindContent(insert, row, ClusterOf(commands, row) ?? OwnCluster(row));
        UpsertCommands.Set(insert, "$source", row.Source);
        UpsertCommands.Set(insert, "$id", row.Id);
        UpsertCommands.Set(insert, "$seq", sequence);
        UpsertCommands.Set(insert, "$now", now);
        insert.ExecuteNonQuery();
        var rowId = SQLitePCL.raw.sqlite3_last_insert_rowid(insert.Connection!.Handle);
        InsertEuregios(commands, rowId, row);
    }

    /// <summary>
    /// The cluster of the nearest open duplicate from another source (same key, compatible employer, near SimHash), or
    /// null when there is none; a source's own postings are distinct vacancies by its own identity. Runs inside the upsert transaction, so concurrent writers cannot split a cluster.
    /// </summary>
    private static string? ClusterOf(UpsertCommands commands, VacancyRow row)
    {
        if (row.Signature is not { } signature)
        {
            return null;
        }

        var find = commands.FindClusterCandidates;
        UpsertCommands.Set(find, "$dedup_key", signature.Key);
        UpsertCommands.Set(find, "$source", row.Source);
        string? best = null;
        var bestDistance = int.MaxValue;
        using var reader = find.ExecuteReader();
        while (reader.Read())
        {
            var candidate = signature with
            {
                EmployerKey = reader.IsDBNull(1) ? null : reader.GetString(1),
                SimHash = reader.IsDBNull(2) ? 0 : unchecked((ulong)reader.GetInt64(2)),
            };
            if (!reader.IsDBNull(2) && signature.Matches(candidate) && signature.Distance(candidate) < bestDistance)
            {
                best = reader.GetString(0);
                bestDistance = signature.Distance(candidate);
            }
        }

        return best;
    }

    /// <summary>A vacancy that duplicates nothing is its own cluster.</summary>
    private static string OwnCluster(VacancyRow row) => StoredVacancy.OwnCluster(row.Source, row.Id);

    private static void InsertEuregios(UpsertCommands commands, long rowId, VacancyRow row)
    {
        foreach (var euregio in row.Euregios)
        {
            UpsertCommands.Set(commands.InsertEuregio, "$euregio", euregio);
            UpsertCommands.Set(commands.InsertEuregio, "$row_id", rowId);
            commands.InsertEuregio.ExecuteNonQuery();
        }
    }

    private enum UpsertOutcome
    {
        New,
        Updated,
        Unchanged,
        Reopened,
    }
}
