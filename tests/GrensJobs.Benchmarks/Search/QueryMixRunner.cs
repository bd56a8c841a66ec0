using System.Diagnostics;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// Runs a query mix against one engine, one query at a time (latency, not throughput): each query is timed from the
/// call to the complete answer (total, first page and facets in hand).
/// </summary>
internal static class QueryMixRunner
{
    /// <param name="search">The engine: runs a query and returns its total hits.</param>
    public static async Task<QueryMixResult> RunAsync(IReadOnlyList<BenchmarkQuery> queries,
        Func<BenchmarkQuery, CancellationToken, Task<long>> search, CancellationToken cancellationToken)
    {
        var timings = new List<QueryTiming>(queries.Count);
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            var total = await search(query, cancellationToken);
            timings.Add(new QueryTiming(query, clock.Elapsed.TotalMilliseconds, total));
        }

        return new QueryMixResult(timings);
    }
}
