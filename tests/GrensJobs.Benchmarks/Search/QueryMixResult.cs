using System.Globalization;

namespace GrensJobs.Benchmarks.Search;

/// <summary>The timings of one pass over a query mix, with latency statistics per kind and overall.</summary>
internal sealed record QueryMixResult(IReadOnlyList<QueryTiming> Timings)
{
    public static IReadOnlyList<string> Kinds { get; } = ["keyword", "cross-language", "place-radius", "filters"];

    public LatencyStats Overall => LatencyStats.From(Timings.Select(t => t.Milliseconds));

    public LatencyStats ForKind(string kind) =>
        LatencyStats.From(Timings.Where(t => string.Equals(t.Query.Kind, kind, StringComparison.Ordinal)).Select(t => t.Milliseconds));

    /// <summary>Latency per kind and overall, then hit counts per kind (recall sanity: medians, zero-hit share).</summary>
    public void Print(string engine, TextWriter output)
    {
        foreach (var kind in Kinds)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine} {kind,-15} {ForKind(kind)}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine} {"overall",-15} {Overall}"));
        foreach (var kind in Kinds)
        {
            var totals = Timings.Where(t => string.Equals(t.Query.Kind, kind, StringComparison.Ordinal)).Select(t => t.Total).Order().ToArray();
            if (totals.Length == 0)
            {
                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{engine} hits {kind,-15} median {totals[totals.Length / 2],8:N0}  max {totals[^1],9:N0}  zero-hit {totals.Count(t => t == 0) * 100.0 / totals.Length,5:0.0}%  sum {totals.Sum(),11:N0}"));
        }
    }
}
