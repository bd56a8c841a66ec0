using GrensJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Shortlists;

internal sealed partial class SqliteShortlistStore
{
    public async Task<AddItemResult> AddItemAsync(
        long userId, long shortlistId, string profileId, string vacancySource, string vacancyId, string? note, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        if (!await ExistsAsync(connection, transaction, "SELECT 1 FROM shortlists WHERE id = $a AND user_id = $b;", shortlistId, userId, cancellationToken).ConfigureAwait(false))
        {
            return new AddItemResult(AddItemStatus.UnknownShortlist, null);
        }

        if (!await ExistsAsync(connection, transaction, "SELECT 1 FROM profiles WHERE id = $a;", profileId, null, cancellationToken).ConfigureAwait(false))
        {
            return new AddItemResult(AddItemStatus.UnknownProfile, null);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            """
            INSERT INTO shortlist_items (shortlist_id, profile_id, vacancy_source, vacancy_id, note, added_at)
            VALUES ($list, $profile, $source, $vacancy, $note, $now)
            ON CONFLICT (shortlist_id, profile_id, vacancy_source, vacancy_id) DO NOTHING
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$list", shortlistId);
        command.Parameters.AddWithValue("$profile", profileId);
        command.Parameters.AddWithValue("$source", vacancySource);
        command.Parameters.AddWithValue("$vacancy", vacancyId);
        command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", Now());
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long itemId)
        {
            return new AddItemResult(AddItemStatus.AlreadyThere, null);
        }

        var item = await ReadItemAsync(connection, transaction, userId, shortlistId, itemId, cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        return new AddItemResult(AddItemStatus.Added, item);
    }

    public async Task<ShortlistItem?> AnnotateAsync(long userId, long shortlistId, long itemId, string? note, CancellationToken cancellationToken) =>
        await UpdateItemAsync(userId, shortlistId, itemId, "UPDATE shortlist_items SET note = $note WHERE id = $item;",
            command => command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value), cancellationToken).ConfigureAwait(false);

    public async Task<ShortlistItem?> SetOutcomeAsync(
        long userId, long shortlistId, long itemId, PlacementOutcome? outcome, PlacementCorridor? corridor, CancellationToken cancellationToken)
    {
        var sql = outcome is null
            ? """
              UPDATE shortlist_items SET outcome = NULL, outcome_at = NULL WHERE id = $item;
              DELETE FROM placements WHERE item_id = $item;
              """
            : """
              UPDATE shortlist_items SET outcome = $outcome, outcome_at = $now WHERE id = $item;
              INSERT INTO placements (item_id, at, outcome, home_country, home_euregios, work_country, work_euregios, isco_group)
              VALUES ($item, $now, $outcome, $homeCountry, $homeEuregios, $workCountry, $workEuregios, $isco)
              ON CONFLICT (item_id) DO UPDATE SET at = excluded.at, outcome = excluded.outcome,
                  home_country = excluded.home_country, home_euregios = excluded.home_euregios,
                  work_country = excluded.work_country, work_euregios = excluded.work_euregios, isco_group = excluded.isco_group;
              """;
        return await UpdateItemAsync(userId, shortlistId, itemId, sql, command =>
        {
            if (outcome is { } chosen)
            {
                command.Parameters.AddWithValue("$outcome", PlacementOutcomes.Name(chosen));
                command.Parameters.AddWithValue("$now", Now());
                command.Parameters.AddWithValue("$homeCountry", (object?)corridor?.HomeCountry ?? DBNull.Value);
                command.Parameters.AddWithValue("$homeEuregios", string.Join(' ', corridor?.HomeEuregios ?? []));
                command.Parameters.AddWithValue("$workCountry", (object?)corridor?.WorkCountry ?? DBNull.Value);
                command.Parameters.AddWithValue("$workEuregios", string.Join(' ', corridor?.WorkEuregios ?? []));
                command.Parameters.AddWithValue("$isco", (object?)corridor?.IscoGroup ?? DBNull.Value);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteItemAsync(long userId, long shortlistId, long itemId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "DELETE FROM shortlist_items WHERE id = (SELECT i.id " + OwnedItem + ");";
        BindItem(command, userId, shortlistId, itemId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<CorridorCount>> CountPlacementsAsync(DateTimeOffset? since, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT home_country, home_euregios, work_country, outcome, count(*) FROM placements
            WHERE ($from IS NULL OR at >= $from) AND ($to IS NULL OR at < $to)
            GROUP BY home_country, home_euregios, work_country, outcome;
            """;
        command.Parameters.AddWithValue("$from", since is { } start ? Timestamps.ToText(start) : DBNull.Value);
        command.Parameters.AddWithValue("$to", until is { } end ? Timestamps.ToText(end) : DBNull.Value);
        var counts = new Dictionary<(string?, string?, string?), int[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var homeCountry = reader.IsDBNull(0) ? null : reader.GetString(0);
            var workCountry = reader.IsDBNull(2) ? null : reader.GetString(2);
            var outcome = (int)(PlacementOutcomes.Parse(reader.GetString(3)) ?? throw new InvalidDataException("Unknown outcome in the store."));
            var euregios = reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A home place in overlapping Euregios counts in each of them; outside every Euregio, once with none.
            foreach (var euregio in euregios.Length == 0 ? [null] : euregios.Cast<string?>())
            {
                var key = (homeCountry, euregio, workCountry);
                if (!counts.TryGetValue(key, out var row))
                {
                    counts[key] = row = new int[3];
                }

                row[outcome] += reader.GetInt32(4);
            }
        }

        return [.. counts
            .Select(pair => new CorridorCount(pair.Key.Item1, pair.Key.Item2, pair.Key.Item3, pair.Value[0], pair.Value[1], pair.Value[2]))
            .OrderBy(count => count.HomeCountry, StringComparer.Ordinal)
            .ThenBy(count => count.HomeEuregio, StringComparer.Ordinal)
            .ThenBy(count => count.WorkCountry, StringComparer.Ordinal)];
    }

    private async Task<ShortlistItem?> UpdateItemAsync(
        long userId, long shortlistId, long itemId, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction();
        if (await ReadItemAsync(connection, transaction, userId, shortlistId, itemId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$item", itemId);
            bind(command);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var item = await ReadItemAsync(connection, transaction, userId, shortlistId, itemId, cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        return item;
    }

    private static async Task<bool> ExistsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, object a, object? b, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$a", a);
        if (b is not null)
        {
            command.Parameters.AddWithValue("$b", b);
        }

        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }
}
