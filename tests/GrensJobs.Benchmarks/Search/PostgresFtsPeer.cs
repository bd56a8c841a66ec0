using System.Diagnostics;
using GrensJobs.Core.Vacancies;
using Npgsql;
using NpgsqlTypes;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// The benchmark's peer: vacancy search as a PostgreSQL shop would build it with built-in full-text search. One table
/// (schema <c>grensjobs_bench</c>) with a stored generated tsvector per row in the posting's language configuration
/// (title weight A, text weight D), a GIN index on it, btree indexes on (lat, lon), posted and isco4, a GIN index on
/// the country array. Loaded with binary COPY over several connections; indexes built after the load, then
/// VACUUM ANALYZE. See <see cref="PostgresFtsSql"/> for the query.
/// </summary>
internal sealed partial class PostgresFtsPeer(string connectionString) : IAsyncDisposable
{
    public const string Table = "grensjobs_bench.vacancies";
    private const int BatchSize = 5_000;

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    /// <summary>Connections that COPY in parallel (PostgreSQL computes each tsvector in the backend that receives the row).</summary>
    public int LoadConnections { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>(Re)creates the table and loads the vacancies; returns the time of each phase.</summary>
    public async Task<PeerLoadTimes> LoadAsync(IEnumerable<Vacancy> vacancies, CancellationToken cancellationToken)
    {
        await ExecuteAsync(CreateTableSql, cancellationToken);
        var configs = await TextSearchConfigsAsync(cancellationToken);

        var copy = Stopwatch.StartNew();
        await Parallel.ForEachAsync(vacancies.Chunk(BatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = LoadConnections, CancellationToken = cancellationToken },
            async (batch, token) => await CopyAsync(batch, configs, token));
        copy.Stop();

        var index = Stopwatch.StartNew();
        foreach (var statement in IndexSql)
        {
            await ExecuteAsync(statement, cancellationToken);
        }

        index.Stop();
        var analyze = Stopwatch.StartNew();
        await ExecuteAsync($"VACUUM ANALYZE {Table}", cancellationToken);
        return new PeerLoadTimes(copy.Elapsed, index.Elapsed, analyze.Elapsed);
    }

    /// <summary>The table's size on disk: heap, TOAST and every index (<c>pg_total_relation_size</c>).</summary>
    public async Task<long> DiskBytesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_total_relation_size($1::regclass)");
        command.Parameters.Add(new NpgsqlParameter { Value = Table });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The size of each part: heap (with TOAST) and every index by name.</summary>
    public async Task<IReadOnlyList<(string Name, long Bytes)>> DiskBreakdownAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT 'table (heap + TOAST)', pg_table_size($1::regclass)
            UNION ALL
            SELECT indexrelid::regclass::text, pg_relation_size(indexrelid) FROM pg_index WHERE indrelid = $1::regclass
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Table });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var parts = new List<(string, long)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            parts.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return parts;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private async Task CopyAsync(Vacancy[] batch, IReadOnlyDictionary<string, uint> configs, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync(CopySql, cancellationToken);
        foreach (var vacancy in batch)
        {
            var row = PostgresVacancyRow.From(vacancy);
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.Key, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Title, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Text, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(importer, row.Language, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(configs[row.TextSearchConfig], NpgsqlDbType.Regconfig, cancellationToken);
            await importer.WriteAsync(row.Country, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Euregios, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Nuts3, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(importer, row.Isco4, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(importer, row.Contract, NpgsqlDbType.Text, cancellationToken);
            await WriteAsync(importer, row.HoursMin, NpgsqlDbType.Integer, cancellationToken);
            await WriteAsync(importer, row.HoursMax, NpgsqlDbType.Integer, cancellationToken);
            await WriteAsync(importer, row.MonthlySalaryMax, NpgsqlDbType.Integer, cancellationToken);
            await WriteAsync(importer, row.Posted, NpgsqlDbType.Date, cancellationToken);
            await WriteAsync(importer, row.Lat, NpgsqlDbType.Double, cancellationToken);
            await WriteAsync(importer, row.Lon, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(row.RequiredLanguages, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(row.Cluster, NpgsqlDbType.Text, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } v ? importer.WriteAsync(v, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    private static Task WriteAsync(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is not null ? importer.WriteAsync(value, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    private async Task<IReadOnlyDictionary<string, uint>> TextSearchConfigsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT cfgname::text, oid FROM pg_ts_config WHERE cfgname IN ('dutch', 'german', 'french', 'english', 'simple')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var configs = new Dictionary<string, uint>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            configs[reader.GetString(0)] = reader.GetFieldValue<uint>(1);
        }

        return configs.Count == 5
            ? configs
            : throw new InvalidOperationException("the server lacks a text search configuration among dutch, german, french, english, simple");
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        // No time limit: index builds at a million rows outlast Npgsql's default 30 s.
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
