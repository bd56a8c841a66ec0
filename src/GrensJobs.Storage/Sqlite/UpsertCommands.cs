using Microsoft.Data.Sqlite;

namespace GrensJobs.Storage.Sqlite;

/// <summary>The prepared statements of one upsert transaction, created once and reused for every row.</summary>
internal sealed class UpsertCommands : IDisposable
{
    private const string ContentColumns =
        "title, employer, language, country, nuts3, isco, esco, posted, valid_through, content_hash, json, " +
        "cluster, dedup_key, employer_key, simhash";

    private const string ContentValues =
        "$title, $employer, $language, $country, $nuts3, $isco, $esco, $posted, $valid_through, $content_hash, $json, " +
        "$cluster, $dedup_key, $employer_key, $simhash";

    private readonly List<SqliteCommand> _all = [];

    public UpsertCommands(SqliteConnection connection, SqliteTransaction transaction)
    {
        Find = Create(connection, transaction,
            "SELECT row_id, content_hash, status, cluster FROM vacancies WHERE source = $source AND id = $id;",
            "$source", "$id");
        Insert = Create(connection, transaction,
            $"""
            INSERT INTO vacancies (source, id, seq, status, first_seen, last_seen, {ContentColumns})
            VALUES ($source, $id, $seq, 'open', $now, $now, {ContentValues});
            """,
            ContentParameters(["$source", "$id", "$seq", "$now"]));
        Update = Create(connection, transaction,
            """
            UPDATE vacancies SET seq = $seq, status = 'open', closed_at = NULL, last_seen = $now,
                title = $title, employer = $employer, language = $language, country = $country, nuts3 = $nuts3,
                isco = $isco, esco = $esco, posted = $posted, valid_through = $valid_through,
                content_hash = $content_hash, json = $json, cluster = $cluster, dedup_key = $dedup_key,
                employer_key = $employer_key, simhash = $simhash
            WHERE row_id = $row_id;
            """,
            ContentParameters(["$row_id", "$seq", "$now"]));
        Touch = Create(connection, transaction,
            "UPDATE vacancies SET last_seen = $now WHERE row_id = $row_id;", "$row_id", "$now");
        Reopen = Create(connection, transaction,
            "UPDATE vacancies SET seq = $seq, status = 'open', closed_at = NULL, last_seen = $now WHERE row_id = $row_id;",
            "$row_id", "$seq", "$now");
        FindClusterCandidates = Create(connection, transaction,
            """
            SELECT cluster, employer_key, simhash FROM vacancies
            WHERE dedup_key = $dedup_key AND status = 'open' AND source <> $source AND cluster IS NOT NULL
            LIMIT 64;
            """,
            "$dedup_key", "$source");
        DeleteEuregios = Create(connection, transaction,
            "DELETE FROM vacancy_euregios WHERE vacancy_rowid = $row_id;", "$row_id");
        InsertEuregio = Create(connection, transaction,
            "INSERT OR IGNORE INTO vacancy_euregios (euregio, vacancy_rowid) VALUES ($euregio, $row_id);",
            "$euregio", "$row_id");
    }

    public SqliteCommand Find { get; }

    public SqliteCommand Insert { get; }

    public SqliteCommand Update { get; }

    public SqliteCommand Touch { get; }

    public SqliteCommand Reopen { get; }

    /// <summary>Open vacancies of other sources with the same duplicate key: cluster, employer key, SimHash.</summary>
    public SqliteCommand FindClusterCandidates { get; }

    public SqliteCommand DeleteEuregios { get; }

    public SqliteCommand InsertEuregio { get; }

    /// <summary>Binds the content columns of <paramref name="row"/> and its cluster to an insert or update.</summary>
    public static void BindContent(SqliteCommand command, VacancyRow row, string cluster)
    {
        Set(command, "$cluster", cluster);
        Set(command, "$dedup_key", row.Signature?.Key);
        Set(command, "$employer_key", row.Signature?.EmployerKey);
        Set(command, "$simhash", row.Signature is { } signature ? unchecked((long)signature.SimHash) : null);
        Set(command, "$title", row.Title);
        Set(command, "$employer", row.Employer);
        Set(command, "$language", row.Language);
        Set(command, "$country", row.Country);
        Set(command, "$nuts3", row.Nuts3);
        Set(command, "$isco", row.Isco);
        Set(command, "$esco", row.Esco);
        Set(command, "$posted", row.Posted);
        Set(command, "$valid_through", row.ValidThrough);
        Set(command, "$content_hash", row.ContentHash);
        Set(command, "$json", row.Json);
    }

    public static void Set(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }

    private static string[] ContentParameters(string[] others) =>
        [.. others, "$title", "$employer", "$language", "$country", "$nuts3", "$isco", "$esco", "$posted",
            "$valid_through", "$content_hash", "$json", "$cluster", "$dedup_key", "$employer_key", "$simhash"];

    private SqliteCommand Create(
        SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        _all.Add(command);
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter, null));
        }

        command.Prepare();
        return command;
    }
}
