namespace GrensJobs.Matching.Tests.Matching;

/// <summary>The README's matching walk-through: the sample profiles against the sample vacancies of <c>seeds/demo</c>.</summary>
public sealed class SampleProfilesTests
{
    [Fact]
    public async Task SampleProfiles_EachResolvesAndHasAnUnblockedSameOccupationMatch()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var harness = new MatchingHarness();
        var demo = Path.Combine(RepositoryRoot(), "seeds", "demo");
        await harness.ImportVacanciesAsync(await File.ReadAllLinesAsync(Path.Combine(demo, "sample-vacancies.jsonl"), cancellationToken), cancellationToken);

        var profiles = await harness.ImportProfilesAsync(await File.ReadAllLinesAsync(Path.Combine(demo, "sample-profiles.jsonl"), cancellationToken), cancellationToken);

        Assert.Equal(6, profiles.Count);
        Assert.All(profiles, profile =>
        {
            Assert.Empty(profile.Warnings);
            var best = harness.VacancyMatcher.Match(harness.Index, profile, 5, "nl");
            Assert.NotEmpty(best);
            Assert.Empty(best[0].Score.Blockers);
            Assert.Equal(1.0, best[0].Score.Breakdown.Occupation);
        });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GrensJobs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (GrensJobs.sln) is not above the test binaries.");
    }
}
