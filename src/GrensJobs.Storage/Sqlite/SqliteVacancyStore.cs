using GrensJobs.Core.Vacancies;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Storage.Sqlite;

/// <summary>
/// The SQLite store of record: one file <c>grensjobs.db</c> in the data directory, WAL, shared safely by several
/// processes (a write transaction takes the write lock up front and waits up to the busy timeout for it).
/// </summary>
internal sealed partial class SqliteVacancyStore : IVacancyStore, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteVacancyStore> _logger;

    public SqliteVacancyStore(IOptions<StoreOptions> options, TimeProvider time, ILogger<SqliteVacancyStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(options.Value, logger);
        _time = time;
        _logger = logger;
    }

    /// <summary>The database file.</summary>
    public string FilePath => _database.FilePath;

    /// <summary>Creates the data directory and migrates the schema now rather than on first use.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes pooled connections to the file.</summary>
    public void Dispose() => _database.Dispose();

    public async Task<long> GetLastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadSequenceAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT count(*), coalesce(sum(status = 'open'), 0), coalesce(sum(status = 'expired'), 0)
            FROM vacancies;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<long> ReadSequenceAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM change_sequence WHERE id = 1;";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task WriteSequenceAsync(
        SqliteConnection connection, SqliteTransaction transaction, long value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE change_sequence SET value = $value WHERE id = 1;";
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
