namespace GrensJobs.Benchmarks.Search;

internal sealed partial class PostgresFtsPeer
{
    /// <summary>Runs one query in a single round trip (see <see cref="PostgresFtsSql"/>): total, first page and facets.</summary>
    public async Task<PeerResult> SearchAsync(BenchmarkQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        PostgresFtsSql.Prepare(command, query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long total = 0;
        var top = new List<(long Rank, string Key)>(query.Top);
        var facets = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var part = reader.GetString(0);
            var value = reader.IsDBNull(1) ? null : reader.GetString(1);
            var n = reader.GetInt64(2);
            if (string.Equals(part, PostgresFtsSql.TotalRow, StringComparison.Ordinal))
            {
                total = n;
            }
            else if (string.Equals(part, PostgresFtsSql.TopRow, StringComparison.Ordinal))
            {
                top.Add((n, value!));
            }
            else if (value is not null)
            {
                if (!facets.TryGetValue(part, out var counts))
                {
                    facets[part] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
                }

                counts[value] = n;
            }
        }

        return new PeerResult(
            total,
            top.OrderBy(t => t.Rank).Select(t => t.Key).ToList(),
            facets.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, long>)f.Value, StringComparer.Ordinal));
    }

    /// <summary>The plan of a query (EXPLAIN ANALYZE, BUFFERS), for looking at what PostgreSQL does with it.</summary>
    public async Task<string> ExplainAsync(BenchmarkQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        PostgresFtsSql.Prepare(command, query);
        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
