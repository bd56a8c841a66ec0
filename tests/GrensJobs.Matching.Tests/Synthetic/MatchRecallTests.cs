using GrensJobs.Benchmarks.Matching;

namespace GrensJobs.Matching.Tests.Synthetic;

/// <summary>The benchmark's recall@k: what counts as found, and ties at the k-th score.</summary>
public sealed class MatchRecallTests
{
    private static readonly (string Key, double Score)[] Exhaustive =
    [
        ("werkzoeken/lasser-venlo", 0.95), ("stepstone/schweisser-kleve", 0.9), ("forem/soudeur-liege", 0.8), ("vdab/lasser-genk", 0.7),
    ];

    [Fact]
    public void Of_FastReturnsTheSameKeysInAnotherOrder_IsOne()
    {
        var fast = Exhaustive.Reverse().ToArray();

        Assert.Equal(1.0, MatchRecall.Of(Exhaustive, fast, 4));
    }

    [Fact]
    public void Of_FastMissesOneAboveTheKthScore_CountsItMissing()
    {
        (string, double)[] fast = [("werkzoeken/lasser-venlo", 0.95), ("forem/soudeur-liege", 0.8), ("vdab/lasser-genk", 0.7), ("ba/schweisser-aachen", 0.7)];

        Assert.Equal(0.75, MatchRecall.Of(Exhaustive, fast, 4));
    }

    [Fact]
    public void Of_FastReturnsAnotherKeyTiedAtTheKthScore_CountsItFound()
    {
        (string, double)[] fast = [.. Exhaustive.Take(3), ("ba/schweisser-aachen", 0.7)];

        Assert.Equal(1.0, MatchRecall.Of(Exhaustive, fast, 4));
    }

    [Fact]
    public void Of_FastReturnsFewerThanK_TiedKeysNotReturnedAreMissing()
    {
        (string, double)[] fast = [.. Exhaustive.Take(3)];

        Assert.Equal(0.75, MatchRecall.Of(Exhaustive, fast, 4));
    }

    [Fact]
    public void Of_FastReturnsALowerScoreInPlaceOfTheKth_CountsItMissing()
    {
        (string, double)[] fast = [.. Exhaustive.Take(3), ("ba/schweisser-aachen", 0.6)];

        Assert.Equal(0.75, MatchRecall.Of(Exhaustive, fast, 4));
    }

    [Fact]
    public void Of_NothingToFind_IsNull()
    {
        Assert.Null(MatchRecall.Of([], [("ba/schweisser-aachen", 0.6)], 20));
    }

    [Fact]
    public void Of_LongerLists_ComparesOnlyTheTopK()
    {
        (string, double)[] fast = [.. Exhaustive.Take(2), ("ba/schweisser-aachen", 0.85), ("ba/schweisser-dueren", 0.1)];

        Assert.Equal(1.0, MatchRecall.Of(Exhaustive, fast, 2));
    }
}
