using GrensJobs.Storage.Sources;
using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Sqlite;

internal sealed partial class SqliteVacancyStore : ICrawlLog
{
    public async Task UpsertSourceAsync(SourceRecord source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await ExecuteWriteAsync(
            """
            INSERT INTO sources (id, kind, name, definition, updated_at) VALUES ($id, $kind, $name, $definition, $now)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                definition = excluded.definition, updated_at = excluded.updated_at;
            """,
            command =>
            {
                command.Parameters.AddWithValue("$id", source.Id);
                command.Parameters.AddWithValue("$kind", source.Kind);
                command.Parameters.AddWithValue("$name", source.Name);
                command.Parameters.AddWithValue("$definition", source.DefinitionJson);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id, kind, name, definition, health, health_reason, last_run, last_good_run FROM sources ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sources = new List<SourceRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(new SourceRecord(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                SourceText.ToHealth(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7)));
        }

        return sources;
    }

    public async Task SetSourceHealthAsync(
        string sourceId, SourceHealth health, string? reason, CancellationToken cancellationToken)
    {
        await ExecuteWriteAsync(
            "UPDATE sources SET health = $health, health_reason = $reason, updated_at = $now WHERE id = $id;",
            command =>
            {
                command.Parameters.AddWithValue("$id", sourceId);
                command.Parameters.AddWithValue("$health", SourceText.From(health));
                command.Parameters.AddWithValue("$reason", (object?)reason ?? DBNull.Value);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> StartCrawlRunAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO crawl_runs (source, started, status) VALUES ($source, $now, 'running') RETURNING id;";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$now", Timestamps.ToText(_time.GetUtcNow()));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task FinishCrawlRunAsync(long runId, CrawlRunResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await ExecuteWriteAsync(
            """
            UPDATE crawl_runs SET ended = $now, status = $status, pages = $pages, new = $new, updated = $updated,
                unchanged = $unchanged, expired = $expired, error = $error
            WHERE id = $id;
            UPDATE sources SET last_run = $id,
                last_good_run = CASE WHEN $status = 'succeeded' THEN $id ELSE last_good_run END
            WHERE id = (SELECT source FROM crawl_runs WHERE id = $id);
            """,
            command =>
            {
                command.Parameters.AddWithValue("$id", runId);
                command.Parameters.AddWithValue("$status", SourceText.From(result.Status));
                command.Parameters.AddWithValue("$pages", result.Pages);
                command.Parameters.AddWithValue("$new", result.New);
                command.Parameters.AddWithValue("$updated", result.Updated);
                command.Parameters.AddWithValue("$unchanged", result.Unchanged);
                command.Parameters.AddWithValue("$expired", result.Expired);
                command.Parameters.AddWithValue("$error", (object?)result.Error ?? DBNull.Value);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CrawlRun>> GetRecentCrawlRunsAsync(
        string source, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT id, source, started, ended, status, pages, new, updated, unchanged, expired, error
            FROM crawl_runs WHERE source = $source ORDER BY started DESC, id DESC LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var runs = new List<CrawlRun>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            runs.Add(new CrawlRun(
                reader.GetInt64(0),
                reader.GetString(1),
                Timestamps.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : Timestamps.Parse(reader.GetString(3)),
                new CrawlRunResult(
                    SourceText.ToStatus(reader.GetString(4)),
                    reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10))));
        }

        return runs;
    }

    private async Task ExecuteWriteAsync(
        string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$now", Timestamps.ToText(_time.GetUtcNow()));
            bind(command);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        transaction.Commit();
    }
}
