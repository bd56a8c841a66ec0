namespace GrensJobs.Benchmarks.Matching;

/// <summary>
/// Recall@k of a fast top-k against the exhaustive top-k of the same query: the share of the exhaustive top-k keys the
/// fast path also returns. A key tied with the exhaustive k-th score counts as found when the fast path returned k
/// results none of which scores below it: any of the tied keys is an equally right answer.
/// </summary>
internal static class MatchRecall
{
    /// <summary>Scores this close are a tie (the scorer's arithmetic, not a different answer).</summary>
    private const double Tie = 1e-9;

    /// <summary>The recall of one query; null when the exhaustive top-k is empty (nothing to find).</summary>
    public static double? Of(IReadOnlyList<(string Key, double Score)> exhaustive, IReadOnlyList<(string Key, double Score)> fast, int k)
    {
        ArgumentNullException.ThrowIfNull(exhaustive);
        ArgumentNullException.ThrowIfNull(fast);
        var expected = exhaustive.Take(k).ToList();
        if (expected.Count == 0)
        {
            return null;
        }

        var returned = fast.Take(k).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var kthScore = expected[^1].Score;
        var fastFull = fast.Count >= k && expected.Count == k;
        var fastLowest = fast.Count > 0 ? fast.Take(k).Min(f => f.Score) : double.NaN;
        var found = expected.Count(e =>
            returned.Contains(e.Key)
            || (fastFull && Math.Abs(e.Score - kthScore) <= Tie && fastLowest >= kthScore - Tie));
        return (double)found / expected.Count;
    }
}
