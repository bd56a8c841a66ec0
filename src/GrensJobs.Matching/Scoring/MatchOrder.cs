namespace GrensJobs.Matching.Scoring;

/// <summary>The order of matches: score, then fewer blockers, then nearer, then a stable key.</summary>
internal static class MatchOrder
{
    public static int Compare(MatchScore left, double? leftKm, string leftKey, MatchScore right, double? rightKm, string rightKey)
    {
        var byScore = right.Score.CompareTo(left.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byBlockers = left.BlockerCount.CompareTo(right.BlockerCount);
        if (byBlockers != 0)
        {
            return byBlockers;
        }

        var byDistance = (leftKm ?? double.MaxValue).CompareTo(rightKm ?? double.MaxValue);
        return byDistance != 0 ? byDistance : string.CompareOrdinal(leftKey, rightKey);
    }
}
