using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Sqlite;

internal sealed partial class SqliteVacancyStore
{
    public async Task<int> ExpireMissingAsync(
        string source, IReadOnlySet<string> listedIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(listedIds);
        return await ExpireAsync(
            "SELECT row_id, id FROM vacancies WHERE source = $source AND status = 'open' ORDER BY row_id;",
            command => command.Parameters.AddWithValue("$source", source),
            id => !listedIds.Contains(id),
            $"no longer listed by {source}",
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ExpirePastValidThroughAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var date = VacancyRow.FormatDate(today);
        return await ExpireAsync(
            """
            SELECT row_id, id FROM vacancies
            WHERE status = 'open' AND valid_through IS NOT NULL AND valid_through < $today
            ORDER BY row_id;
            """,
            command => command.Parameters.AddWithValue("$today", date),
            _ => true,
            $"valid through a date before {date}",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Expires the selected open rows that pass <paramref name="filter"/>, each with its own new sequence.</summary>
    private async Task<int> ExpireAsync(
        string select,
        Action<SqliteCommand> bind,
        Func<string, bool> filter,
        string reason,
        CancellationToken cancellationToken)
    {
        var now = Timestamps.ToText(_time.GetUtcNow());
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        var rowIds = new List<long>();
        await using (var query = connection.CreateCommand())
        {
            query.Transaction = transaction;
            query.CommandText = select;
            bind(query);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (filter(reader.GetString(1)))
                {
                    rowIds.Add(reader.GetInt64(0));
                }
            }
        }

        if (rowIds.Count == 0)
        {
            return 0;
        }

        var sequence = await ReadSequenceAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await using (var expire = connection.CreateCommand())
        {
            expire.Transaction = transaction;
            expire.CommandText =
                "UPDATE vacancies SET status = 'expired', closed_at = $now, seq = $seq WHERE row_id = $row_id;";
            var seq = expire.Parameters.Add(new SqliteParameter("$seq", 0L));
            var rowId = expire.Parameters.Add(new SqliteParameter("$row_id", 0L));
            expire.Parameters.AddWithValue("$now", now);
            expire.Prepare();
            foreach (var id in rowIds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                seq.Value = ++sequence;
                rowId.Value = id;
                expire.ExecuteNonQuery();
            }
        }

        await WriteSequenceAsync(connection, transaction, sequence, cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        Log.VacanciesExpired(_logger, rowIds.Count, reason);
        return rowIds.Count;
    }
}
