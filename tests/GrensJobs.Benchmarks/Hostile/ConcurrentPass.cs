using System.Collections.Concurrent;
using System.Globalization;
using GrensJobs.Benchmarks.Search;

namespace GrensJobs.Benchmarks.Hostile;

/// <summary>
/// The hostile requests within the limits sent by several clients at once (the issue saw four 5,000-character queries
/// at once take 31–34 s each): each client runs the whole list in its own order; prints the cost per request.
/// </summary>
internal static class ConcurrentPass
{
    public static void Run(IReadOnlyList<HostileQuery> queries, int clients, Func<HostileQuery, HostileTiming> run, TextWriter output)
    {
        var timings = new ConcurrentBag<HostileTiming>();
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, client =>
        {
            var order = queries.ToArray();
            new Random(client).Shuffle(order);
            foreach (var query in order)
            {
                timings.Add(run(query));
            }
        });

        var stats = LatencyStats.From(timings.Select(t => t.EngineMilliseconds));
        var worst = timings.MaxBy(t => t.EngineMilliseconds);
        var worstText = worst is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; worst: {worst.Query.Kind}, {worst.EngineMilliseconds:0.0} ms");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clients} clients at once, {queries.Count:N0} hostile requests within the limits each: p50 / p99 / max {stats.P50:0.0} / {stats.P99:0.0} / {stats.Max:0.0} ms; " +
            $"{timings.Count(t => t.EndedByBudget)} of {timings.Count:N0} ended by the time budget, {timings.Count(t => t.Failed)} failed{worstText}"));
    }
}
