using GrensJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Storage.Shortlists;

/// <summary>Shortlists, their items and the placement facts in the store's SQLite file (schema 0004).</summary>
internal sealed partial class SqliteShortlistStore : IShortlistStore, IDisposable
{
    private const string ItemColumns =
        "i.id, i.shortlist_id, i.profile_id, i.vacancy_source, i.vacancy_id, i.note, i.outcome, i.outcome_at, i.added_at";

    /// <summary>The item's row, only when its shortlist belongs to the user.</summary>
    private const string OwnedItem =
        "FROM shortlist_items i JOIN shortlists s ON s.id = i.shortlist_id WHERE i.id = $item AND s.id = $list AND s.user_id = $user";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteShortlistStore(IOptions<StoreOptions> options, TimeProvider time, ILogger<SqliteShortlistStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(options.Value, logger);
        _time = time;
    }

    public void Dispose() => _database.Dispose();

    public async Task<Shortlist?> CreateAsync(long userId, string name, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO shortlists (user_id, name, created_at) VALUES ($user, $name, $now)
            ON CONFLICT (user_id, name) DO NOTHING
            RETURNING id, user_id, name, created_at, 0;
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$now", Now());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadShortlist(reader) : null;
    }

    public async Task<IReadOnlyList<Shortlist>> ListAsync(long userId, CancellationToken cancellationToken) =>
        await QueryShortlistsAsync("s.user_id = $user", userId, null, cancellationToken).ConfigureAwait(false);

    public async Task<Shortlist?> GetAsync(long userId, long shortlistId, CancellationToken cancellationToken) =>
        (await QueryShortlistsAsync("s.user_id = $user AND s.id = $list", userId, shortlistId, cancellationToken).ConfigureAwait(false))
        .SingleOrDefault();

    public async Task<IReadOnlyList<ShortlistItem>> ListItemsAsync(long userId, long shortlistId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT {ItemColumns} FROM shortlist_items i JOIN shortlists s ON s.id = i.shortlist_id
            WHERE s.id = $list AND s.user_id = $user ORDER BY i.id;
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$list", shortlistId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<ShortlistItem>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(ReadItem(reader));
        }

        return items;
    }

    public async Task<ShortlistItem?> GetItemAsync(long userId, long shortlistId, long itemId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadItemAsync(connection, null, userId, shortlistId, itemId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<Shortlist>> QueryShortlistsAsync(string where, long userId, long? shortlistId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT s.id, s.user_id, s.name, s.created_at, (SELECT count(*) FROM shortlist_items i WHERE i.shortlist_id = s.id)
            FROM shortlists s WHERE {where} ORDER BY s.id DESC;
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$list", (object?)shortlistId ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var shortlists = new List<Shortlist>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            shortlists.Add(ReadShortlist(reader));
        }

        return shortlists;
    }

    private static async Task<ShortlistItem?> ReadItemAsync(
        SqliteConnection connection, SqliteTransaction? transaction, long userId, long shortlistId, long itemId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {ItemColumns} {OwnedItem};";
        BindItem(command, userId, shortlistId, itemId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadItem(reader) : null;
    }

    private static void BindItem(SqliteCommand command, long userId, long shortlistId, long itemId)
    {
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$list", shortlistId);
        command.Parameters.AddWithValue("$item", itemId);
    }

    private static Shortlist ReadShortlist(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), Timestamps.Parse(reader.GetString(3)), reader.GetInt32(4));

    private static ShortlistItem ReadItem(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : PlacementOutcomes.Parse(reader.GetString(6)),
        reader.IsDBNull(7) ? null : Timestamps.Parse(reader.GetString(7)),
        Timestamps.Parse(reader.GetString(8)));

    private string Now() => Timestamps.ToText(_time.GetUtcNow());
}
