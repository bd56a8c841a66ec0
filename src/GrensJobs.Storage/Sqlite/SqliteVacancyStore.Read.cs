using System.Runtime.CompilerServices;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Core.Vacancies;
using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Sqlite;

internal sealed partial class SqliteVacancyStore
{
    private const string StoredColumns = "json, status, first_seen, last_seen, closed_at, cluster, seq";

    public async Task<StoredVacancy?> GetAsync(string source, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredColumns} FROM vacancies WHERE source = $source AND id = $id;";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadStored(reader) : null;
    }

    public async Task<IReadOnlyList<string>> FindSourcesAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source FROM vacancies WHERE id = $id ORDER BY source;";
        command.Parameters.AddWithValue("$id", id);
        var sources = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(reader.GetString(0));
        }

        return sources;
    }

    public async IAsyncEnumerable<StoredVacancy> ReadChangesAsync(
        long afterSequence, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {StoredColumns} FROM vacancies WHERE seq > $after ORDER BY seq LIMIT $limit;";
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadStored(reader);
        }
    }

    private static StoredVacancy ReadStored(SqliteDataReader reader)
    {
        var vacancy = JsonSerializer.Deserialize(reader.GetString(0), GrensJobsJsonContext.Default.Vacancy)
            ?? throw new InvalidDataException("A stored vacancy's JSON is null.");
        var status = string.Equals(reader.GetString(1), "expired", StringComparison.Ordinal)
            ? VacancyStatus.Expired
            : VacancyStatus.Open;
        return new StoredVacancy(
            vacancy,
            status,
            Timestamps.Parse(reader.GetString(2)),
            Timestamps.Parse(reader.GetString(3)),
            reader.IsDBNull(4) ? null : Timestamps.Parse(reader.GetString(4)),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.GetInt64(6));
    }
}
