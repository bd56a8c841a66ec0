using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Feeds;

namespace GrensJobs.Matching.Tests.DevelopmentSet;

/// <summary>The issue's quality bar, on the development set's <c>check</c> half (never tuned on).</summary>
public sealed class DevelopmentSetQualityTests
{
    [Fact]
    public async Task FeedRecords_EveryProfileOfEveryFeed_MapsWithoutError()
    {
        foreach (var format in ProfileFormats.All)
        {
            var lines = await DevelopmentSetFiles.LinesAsync(format.Name + ".jsonl", TestContext.Current.CancellationToken);
            Assert.All(lines.Select((line, i) => format.ReadRecord(line, i + 1)), record => Assert.True(record.IsOk, record.LocatedError));
        }
    }

    [Fact]
    public async Task Matcher_CheckHalf_MeanPrecisionAtFiveAtLeastNinetyPercentAndEveryBlockerShown()
    {
        var readers = ProfileFormats.All.ToDictionary(f => f.Name, f => (Func<string, ProfileReadResult>)f.Read, StringComparer.Ordinal);

        var figures = await DevelopmentSetQuality.MeasureAsync(readers, TestContext.Current.CancellationToken);

        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine(figures.Describe("tune"));
        output.WriteLine(figures.Describe("check"));
        // Details of the tune half only: the check half is quoted, never looked into while tuning.
        foreach (var profile in figures.Profiles.Where(p => p.Half == "tune" && (p.PrecisionAtK < 1 || p.BlockedWithoutBlocker.Count > 0)))
        {
            output.WriteLine($"{profile.Half} {profile.Profile} ({profile.Feed}) p@k {profile.PrecisionAtK:0.00}, {profile.Results} results: not shortlisted {string.Join("; ", profile.Misses)}; unshown blockers {string.Join("; ", profile.BlockedWithoutBlocker)}");
        }

        Assert.True(figures.MeanPrecision("check") >= 0.9, figures.Describe("check"));
        Assert.Equal(0, figures.BlockedWithoutBlocker("check"));
    }
}
