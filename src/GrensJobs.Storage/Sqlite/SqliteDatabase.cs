using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Storage.Sqlite;

/// <summary>
/// The one SQLite file of a data directory: opens connections with the store's pragmas (WAL, synchronous=NORMAL,
/// busy timeout, foreign keys) and migrates the schema once, on first use.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    public const string FileName = "grensjobs.db";

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public SqliteDatabase(StoreOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        DataDirectory = Path.GetFullPath(options.DataDirectory);
        FilePath = Path.Combine(DataDirectory, FileName);
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until the command timeout: keep it at least the busy timeout.
            DefaultTimeout = Math.Max(1, (options.BusyTimeoutMs + 999) / 1000),
        }.ToString();
        _pragmas = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {options.BusyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000;");
    }

    public string DataDirectory { get; }

    public string FilePath { get; }

    /// <summary>An open connection; the caller disposes it. Write transactions use BEGIN IMMEDIATE (the default).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets pooled connections to this file (tests delete their data directory afterwards).</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        ClearPool();
        _initialization.Dispose();
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(DataDirectory);
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var wal = connection.CreateCommand())
            {
                // Persistent in the file; a no-op once set.
                wal.CommandText = "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL;";
                var mode = (string?)await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new StoreSchemaException($"The store {FilePath} could not switch to WAL mode (it is in '{mode}').");
                }
            }

            var version = await SqliteMigrator.MigrateAsync(connection, FilePath, _logger, cancellationToken)
                .ConfigureAwait(false);
            Log.StoreOpened(_logger, FilePath, version);
            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
