using GrensJobs.Search.Candidates;

namespace GrensJobs.Matching.Tests.Matching;

public sealed class ProfileMatcherTests : IAsyncLifetime
{
    private readonly MatchingHarness _harness = new();

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await _harness.ImportVacanciesAsync(BorderWelders.Vacancies, cancellationToken);
        await _harness.ImportProfilesAsync([BorderWelders.VenloWelder, BorderWelders.KleveWelder, BorderWelders.VenloCook], cancellationToken);
        await _harness.ProfileIndex.CatchUpAsync(_harness.Profiles, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _harness.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Match_SchweisserInKleve_BothWeldersAcrossTheBorderNotTheCook()
    {
        var vacancy = VacancyCandidates.Get(_harness.Index, "ba-test", "kleve-b1")!;

        var matches = _harness.ProfileMatcher.Match(_harness.ProfileIndex, vacancy, 20, "nl");

        Assert.Equal(["p-kleve", "p-venlo"], matches.Select(m => m.Profile.Profile.Id).Order(StringComparer.Ordinal));
        Assert.Equal("p-kleve", matches[0].Profile.Profile.Id);
        Assert.Contains("werk over de grens in Duitsland", matches.Single(m => m.Profile.Profile.Id == "p-venlo").Score.Reasons);
    }

    [Fact]
    public void Match_GermanC1Vacancy_VenloWelderBlockedBelowKleveWelder()
    {
        var vacancy = VacancyCandidates.Get(_harness.Index, "ba-test", "kevelaer-c1")!;

        var matches = _harness.ProfileMatcher.Match(_harness.ProfileIndex, vacancy, 20, "en");

        Assert.Equal("p-kleve", matches[0].Profile.Profile.Id);
        Assert.Contains("asks for German C1; profile has B1", matches.Single(m => m.Profile.Profile.Id == "p-venlo").Score.Blockers);
    }

    [Fact]
    public async Task Match_AfterPurge_ThePersonIsGoneFromTheProfileIndex()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var vacancy = VacancyCandidates.Get(_harness.Index, "ba-test", "kleve-b1")!;

        Assert.True(await _harness.Profiles.PurgeAsync("p-kleve", "test", cancellationToken));
        await _harness.ProfileIndex.CatchUpAsync(_harness.Profiles, cancellationToken);

        Assert.DoesNotContain(_harness.ProfileMatcher.Match(_harness.ProfileIndex, vacancy, 20, "en"), m => m.Profile.Profile.Id == "p-kleve");
        Assert.Equal(2, _harness.ProfileIndex.Count);
    }

    [Fact]
    public async Task Match_IndexCandidates_EqualExhaustiveScoring()
    {
        var everyone = (await _harness.Profiles.ListAsync(0, 100, TestContext.Current.CancellationToken)).Select(p => p.Profile).ToList();
        Assert.Equal(3, everyone.Count);
        foreach (var vacancy in VacancyCandidates.All(_harness.Index, null, null))
        {
            var fast = _harness.ProfileMatcher.Match(_harness.ProfileIndex, vacancy, 20, "en").Select(m => m.Profile.Profile.Id);
            var exhaustive = _harness.ProfileMatcher.MatchExhaustively(everyone, vacancy, 20).Select(m => m.Profile.Profile.Id);
            Assert.Equal(exhaustive, fast);
        }
    }
}
