namespace GrensJobs.Benchmarks.Matching;

/// <summary>
/// One direction against exhaustive scoring on the same sample: mean recall@20 over the queries whose exhaustive top 20
/// is not empty, the lowest single recall, how many were empty, and the mean time of each path on the sample.
/// </summary>
internal sealed record DirectionCheck(int Sample, int Empty, double MeanRecall, double WorstRecall, double FastMeanMs, double ExhaustiveMeanMs)
{
    public double SpeedUp => ExhaustiveMeanMs / Math.Max(FastMeanMs, 1e-6);

    public static DirectionCheck From(IReadOnlyList<(double? Recall, double FastMs, double ExhaustiveMs)> queries)
    {
        var recalls = queries.Select(q => q.Recall).OfType<double>().ToList();
        return new DirectionCheck(
            queries.Count,
            queries.Count - recalls.Count,
            recalls.Count == 0 ? double.NaN : recalls.Average(),
            recalls.Count == 0 ? double.NaN : recalls.Min(),
            queries.Count == 0 ? double.NaN : queries.Average(q => q.FastMs),
            queries.Count == 0 ? double.NaN : queries.Average(q => q.ExhaustiveMs));
    }
}
