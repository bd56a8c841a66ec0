using GrensJobs.Matching.Opportunity;
using GrensJobs.Matching.Profiles;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Tests.Opportunity;

public sealed class OpportunityFromStoreTests
{
    [Fact]
    public async Task ComputeAsync_ProfilePurgedFromStore_NoLongerCounted()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var data = new MatchingHarness();
        await data.ImportVacanciesAsync(File.ReadAllLines(MatchingHarness.FixturePath("Opportunity", "vacancies.jsonl")), cancellationToken);
        await data.ImportProfilesAsync(MatchingHarness.ReadProfiles(File.ReadAllLines(MatchingHarness.FixturePath("Opportunity", "profiles.jsonl"))), cancellationToken);
        var indicator = new OpportunityIndicator(MatchingHarness.Normaliser, Options.Create(new MatchingOptions()));
        var profiles = new ProfileIndex(MatchingHarness.Normaliser);

        var before = await indicator.ComputeAsync(data.Index, profiles, data.Profiles, new OpportunityRequest(), null, cancellationToken);
        Assert.True(await data.Profiles.PurgeAsync("p-venlo-lasser", "cli:test", cancellationToken));
        var after = await indicator.ComputeAsync(data.Index, profiles, data.Profiles, new OpportunityRequest(), null, cancellationToken);

        Assert.Equal(1, before.Row("rhein-maas-nord", "72", "DE").JobseekersOtherSide);
        Assert.Equal(0, after.Row("rhein-maas-nord", "72", "DE").JobseekersOtherSide);
        Assert.Equal((12, 8), (before.Total.ProfilesConsidered, before.Total.JobseekersOtherSide));
        Assert.Equal((11, 7), (after.Total.ProfilesConsidered, after.Total.JobseekersOtherSide));
    }
}
