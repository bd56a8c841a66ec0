using System.Globalization;

namespace GrensJobs.Benchmarks.Search;

/// <summary>Latency percentiles (nearest rank) of a set of timed queries, in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Mean, double Max)
{
    public static LatencyStats From(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new LatencyStats(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99),
            sorted.Average(), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="percent"/>% at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count,5}  p50 {P50,8:0.00} ms  p95 {P95,8:0.00} ms  p99 {P99,8:0.00} ms  mean {Mean,8:0.00} ms  max {Max,8:0.00} ms");
}
