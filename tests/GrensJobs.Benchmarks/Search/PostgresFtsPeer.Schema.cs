namespace GrensJobs.Benchmarks.Search;

internal sealed partial class PostgresFtsPeer
{
    private const string CreateTableSql = $"""
        CREATE SCHEMA IF NOT EXISTS grensjobs_bench;
        DROP TABLE IF EXISTS {Table};
        CREATE TABLE {Table} (
            key text NOT NULL,
            title text NOT NULL,
            text text NOT NULL,
            language text,
            lang_config regconfig NOT NULL,
            country text[] NOT NULL,
            euregios text[] NOT NULL,
            nuts3 text[] NOT NULL,
            isco4 text,
            contract text,
            hours_min int,
            hours_max int,
            monthly_salary_max int,
            posted date,
            lat double precision,
            lon double precision,
            required_languages text[] NOT NULL,
            cluster text NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(lang_config, title), 'A') || setweight(to_tsvector(lang_config, text), 'D')) STORED
        );
        """;

    private const string CopySql = $"""
        COPY {Table} (key, title, text, language, lang_config, country, euregios, nuts3, isco4, contract, hours_min,
            hours_max, monthly_salary_max, posted, lat, lon, required_languages, cluster) FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>Built after the load (one sort per index instead of row-by-row maintenance).</summary>
    private static readonly string[] IndexSql =
    [
        $"ALTER TABLE {Table} ADD PRIMARY KEY (key)",
        $"CREATE INDEX vacancies_tsv ON {Table} USING gin (tsv)",
        $"CREATE INDEX vacancies_lat_lon ON {Table} (lat, lon)",
        $"CREATE INDEX vacancies_posted ON {Table} (posted)",
        // text_pattern_ops: the ISCO prefix filter is LIKE '72%', which needs it under a non-C collation.
        $"CREATE INDEX vacancies_isco4 ON {Table} (isco4 text_pattern_ops)",
        $"CREATE INDEX vacancies_country ON {Table} USING gin (country)",
    ];
}
