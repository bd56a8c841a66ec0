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
        using var data = new StoreWithIndex();
        await data.ImportVacanciesAsync(File.ReadAllLines(StoreWithIndex.FixturePath("Opportunity", "vacancies.jsonl")), cancellationToken);
        await data.ImportProfilesAsync(StoreWithIndex.ReadProfiles(File.ReadAllLines(StoreWithIndex.FixturePath("Opportunity", "profiles.jsonl"))), cancellationToken);
        var indicator = new OpportunityIndicator(StoreWithIndex.Normaliser, Options.Create(new MatchingOptions()));
        var profiles = new ProfileIndex(StoreWithIndex.Normaliser);

        var before = await indicator.ComputeAsync(data.Index, profiles, data.Profiles, new OpportunityRequest(), null, cancellationToken);
        Assert.True(await data.Profiles.PurgeAsync("p-venlo-lasser", "cli:test", cancellationToken));
        var after = await indicator.ComputeAsync(data.Index, profiles, data.Profiles, new OpportunityRequest(), null, cancellationToken);

        Assert.Equal(1, before.Row("rhein-maas-nord", "72", "DE").JobseekersOtherSide);
        Assert.Equal(0, after.Row("rhein-maas-nord", "72", "DE").JobseekersOtherSide);
        Assert.Equal((12, 8), (before.Total.ProfilesConsidered, before.Total.JobseekersOtherSide));
        Assert.Equal((11, 7), (after.Total.ProfilesConsidered, after.Total.JobseekersOtherSide));
    }
}
