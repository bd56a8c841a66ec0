using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// The peer's search statement, built from the query's parts and parameterised. One round trip, one scan of the
/// matches: a MATERIALIZED CTE <c>m</c> holds the matching rows (the GIN / btree indexes find them; the text query is
/// <c>websearch_to_tsquery</c> in dutch, german and french OR-ed, since the searcher's language is unknown; radius is a
/// bounding box on (lat, lon) then the exact haversine distance), and one UNION ALL returns
/// the first page (top-N sort by ts_rank_cd, posted or distance, numbered), the total and the scalar facets in one
/// GROUPING SETS aggregate, and the array facets (country, euregio, required language) by unnest + GROUP BY.
/// Rows come back as (part, value, n).
/// </summary>
internal static class PostgresFtsSql
{
    public const string TopRow = "top";
    public const string TotalRow = "total";
    private const double KmPerDegreeLatitude = 111.2;

    private const string TsQuery =
        "(websearch_to_tsquery('dutch', @text) || websearch_to_tsquery('german', @text) || websearch_to_tsquery('french', @text))";

    private const string Distance = $"""
        6371.0088 * 2 * asin(least(1, sqrt(power(sin(radians(v.lat - @lat) / 2), 2)
            + cos(radians(@lat)) * cos(radians(v.lat)) * power(sin(radians(v.lon - @lon) / 2), 2))))
        """;

    public static void Prepare(NpgsqlCommand command, BenchmarkQuery query)
    {
        var conditions = new List<string>();
        var parameters = command.Parameters;
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        var hasNear = query is { NearLat: not null, NearLon: not null };
        if (hasText)
        {
            conditions.Add($"v.tsv @@ {TsQuery}");
            parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = query.Text });
        }

        if (hasNear)
        {
            var (lat, lon) = (query.NearLat!.Value, query.NearLon!.Value);
            parameters.Add(new NpgsqlParameter("lat", NpgsqlDbType.Double) { Value = lat });
            parameters.Add(new NpgsqlParameter("lon", NpgsqlDbType.Double) { Value = lon });
            if (query.RadiusKm is { } radius)
            {
                var dLat = radius / KmPerDegreeLatitude;
                var dLon = radius / (KmPerDegreeLatitude * Math.Cos(Math.Min(89, Math.Abs(lat) + dLat) * Math.PI / 180));
                conditions.Add("v.lat BETWEEN @lat_min AND @lat_max AND v.lon BETWEEN @lon_min AND @lon_max");
                conditions.Add($"{Distance} <= @radius");
                parameters.Add(new NpgsqlParameter("lat_min", NpgsqlDbType.Double) { Value = lat - dLat });
                parameters.Add(new NpgsqlParameter("lat_max", NpgsqlDbType.Double) { Value = lat + dLat });
                parameters.Add(new NpgsqlParameter("lon_min", NpgsqlDbType.Double) { Value = lon - dLon });
                parameters.Add(new NpgsqlParameter("lon_max", NpgsqlDbType.Double) { Value = lon + dLon });
                parameters.Add(new NpgsqlParameter("radius", NpgsqlDbType.Double) { Value = radius });
            }
        }

        if (query.Countries.Count > 0)
        {
            conditions.Add("v.country && @countries");
            parameters.Add(new NpgsqlParameter("countries", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = query.Countries.ToArray() });
        }

        if (query.IscoPrefix is { Length: > 0 } isco)
        {
            if (!isco.All(char.IsAsciiDigit))
            {
                throw new ArgumentException($"ISCO prefix \"{isco}\" is not digits", nameof(query));
            }

            conditions.Add("v.isco4 LIKE @isco_like");
            parameters.Add(new NpgsqlParameter("isco_like", NpgsqlDbType.Text) { Value = isco + "%" });
        }

        if (query.Contract is { } contract)
        {
            conditions.Add("v.contract = @contract");
            parameters.Add(new NpgsqlParameter("contract", NpgsqlDbType.Text) { Value = contract });
        }

        if (query.MinMonthlySalary is { } salary)
        {
            conditions.Add("v.monthly_salary_max >= @min_salary");
            parameters.Add(new NpgsqlParameter("min_salary", NpgsqlDbType.Integer) { Value = salary });
        }

        if (query.Since is { } since)
        {
            conditions.Add("v.posted >= @since");
            parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.Date) { Value = since });
        }

        parameters.Add(new NpgsqlParameter("top", NpgsqlDbType.Integer) { Value = query.Top });
        var order = query.Sort switch
        {
            "distance" when hasNear => "distance_km, key",
            "relevance" when hasText => "rank DESC, key",
            _ => "posted DESC NULLS LAST, key",
        };
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            WITH m AS MATERIALIZED (
                SELECT v.key, v.country, v.euregios, v.isco4, v.required_languages, v.contract, v.hours_max, v.posted,
                       {(hasText ? $"ts_rank_cd(v.tsv, {TsQuery})" : "0::real")} AS rank,
                       {(hasNear ? Distance : "NULL::float8")} AS distance_km
                FROM {PostgresFtsPeer.Table} v
                WHERE {(conditions.Count > 0 ? string.Join("\n  AND ", conditions) : "true")}
            ), page AS (
                SELECT key, rank, posted, distance_km FROM m ORDER BY {order} LIMIT @top
            )
            SELECT '{TopRow}' AS part, key AS value, row_number() OVER (ORDER BY {order}) AS n FROM page
            UNION ALL
            SELECT CASE WHEN GROUPING(contract, isco1, isco2, hours) = 15 THEN '{TotalRow}'
                        WHEN GROUPING(contract) = 0 THEN 'contract' WHEN GROUPING(isco1) = 0 THEN 'isco1'
                        WHEN GROUPING(isco2) = 0 THEN 'isco2' ELSE 'hours' END,
                   COALESCE(contract, isco1, isco2, hours), count(*)
            FROM (SELECT contract, left(isco4, 1) AS isco1, left(isco4, 2) AS isco2,
                         CASE WHEN hours_max IS NULL THEN NULL WHEN hours_max < 24 THEN '<24' WHEN hours_max < 32 THEN '24-32'
                              WHEN hours_max <= 40 THEN '32-40' ELSE '>40' END AS hours
                  FROM m) s
            GROUP BY GROUPING SETS ((contract), (isco1), (isco2), (hours), ())
            UNION ALL
            SELECT 'country', c, count(*) FROM m, unnest(m.country) c GROUP BY c
            UNION ALL
            SELECT 'euregio', e, count(*) FROM m, unnest(m.euregios) e GROUP BY e
            UNION ALL
            SELECT 'language', l, count(*) FROM m, unnest(m.required_languages) l GROUP BY l
            """);
    }
}
