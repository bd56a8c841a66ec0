using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Results;

namespace GrensJobs.Matching.Tests.Matching;

public sealed class VacancyMatcherTests : IAsyncLifetime
{
    private readonly MatchingHarness _harness = new();
    private NormalisedProfile _welder = null!;

    public async ValueTask InitializeAsync()
    {
        await _harness.ImportVacanciesAsync(BorderWelders.Vacancies, TestContext.Current.CancellationToken);
        _welder = (await _harness.ImportProfilesAsync([BorderWelders.VenloWelder], TestContext.Current.CancellationToken))[0];
    }

    public ValueTask DisposeAsync()
    {
        _harness.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Match_VenloWelder_SameOccupationWithoutBlockerFirst()
    {
        var matches = Match("nl");

        Assert.Equal("venlo-lasser", matches[0].Vacancy.Id);
        Assert.Empty(matches[0].Score.Blockers);
        Assert.Contains("zelfde beroep (lasser)", matches[0].Score.Reasons);
        Assert.Contains(matches[0].Score.Reasons, r => r.EndsWith("km van Venlo", StringComparison.Ordinal));
        Assert.Equal(1.0, matches[0].Score.Breakdown.Occupation);
        Assert.InRange(matches[0].Score.Score, 0.5, 1.0);
    }

    [Fact]
    public void Match_GermanC1Required_BlockerSaysWhatAndRanksBelowEveryUnblockedWelder()
    {
        var matches = Match("nl");

        var kevelaer = matches.Single(m => m.Vacancy.Id == "kevelaer-c1");
        Assert.Contains("vraagt Duits C1; profiel heeft B1", kevelaer.Score.Blockers);
        Assert.Contains("werk over de grens in Duitsland", kevelaer.Score.Reasons);
        var unblocked = matches.Where(m => m.Score.Blockers.Count == 0 && m.Score.Breakdown.Occupation == kevelaer.Score.Breakdown.Occupation);
        Assert.NotEmpty(unblocked);
        Assert.All(unblocked, m => Assert.True(m.Score.Score > kevelaer.Score.Score, $"{m.Vacancy.Id} must outrank the blocked vacancy"));
    }

    [Fact]
    public void Match_AnyVacancyWithBlocker_NeverOutranksOneWithoutOnEqualOccupation()
    {
        var matches = Match("en");

        for (var i = 0; i < matches.Count; i++)
        {
            for (var j = i + 1; j < matches.Count; j++)
            {
                var (upper, lower) = (matches[i].Score, matches[j].Score);
                Assert.False(
                    upper.Blockers.Count > 0 && lower.Blockers.Count == 0 && upper.Breakdown.Occupation == lower.Breakdown.Occupation,
                    $"{matches[i].Vacancy.Id} (blocked) ranks above {matches[j].Vacancy.Id} (not blocked)");
            }
        }
    }

    [Fact]
    public void Match_BeyondTheRadius_ShownWithDistanceBlockerUntilTheLimitThenLeftOut()
    {
        var matches = Match("en");

        var eindhoven = matches.Single(m => m.Vacancy.Id == "eindhoven-lasser");
        Assert.Contains(eindhoven.Score.Blockers, b => b.Contains("km from Venlo; commutes at most 40 km", StringComparison.Ordinal));
        Assert.DoesNotContain(matches, m => m.Vacancy.Id == "groningen-lasser");
    }

    [Fact]
    public void Match_PartTimeJobForFullTimeSeeker_HoursBlocker()
    {
        var parttime = Match("de").Single(m => m.Vacancy.Id == "venlo-parttime");

        Assert.Contains("16 Stunden pro Woche; Profil möchte 32–40", parttime.Score.Blockers);
        Assert.True(parttime.Score.Breakdown.Hours < 0.5);
    }

    [Fact]
    public void Match_OtherOccupation_IsNoMatch()
    {
        Assert.DoesNotContain(Match("en"), m => m.Vacancy.Id == "venlo-kok");
    }

    [Theory]
    [InlineData("de", "gleicher Beruf (Schweißer/Schweißerin)", "verlangt Deutsch C1; Profil hat B1")]
    [InlineData("fr", "même métier (soudeur/soudeuse)", "demande allemand C1 ; le profil a B1")]
    [InlineData("en", "same occupation (welder)", "asks for German C1; profile has B1")]
    public void Match_UiLanguage_WordsReasonsAndBlockers(string language, string reason, string blocker)
    {
        var matches = Match(language);

        Assert.Contains(reason, matches[0].Score.Reasons);
        Assert.Contains(blocker, matches.Single(m => m.Vacancy.Id == "kevelaer-c1").Score.Blockers);
    }

    [Fact]
    public void Match_EveryFactorAndScore_LieInZeroToOne()
    {
        Assert.All(Match("en"), m =>
        {
            var b = m.Score.Breakdown;
            Assert.All(new[] { m.Score.Score, b.Occupation, b.Skills, b.Languages, b.Distance, b.Hours, b.Education, b.Availability }, v => Assert.InRange(v, 0, 1));
        });
    }

    [Fact]
    public void Match_CandidateSearch_ReturnsWhatExhaustiveScoringReturns()
    {
        var fast = Match("en").Select(m => m.Vacancy.Key).ToList();
        var exhaustive = _harness.VacancyMatcher.MatchExhaustively(_harness.Index, _welder, 20).Select(m => m.Vacancy.Key).ToList();

        Assert.Equal(exhaustive, fast);
    }

    [Fact]
    public void MatchJson_ContractShape_HasProfileResultsAndVacancyIds()
    {
        var json = MatchJson.ForProfile(_welder.Profile.Id, Match("nl"));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("p-venlo", root.GetProperty("profile").GetString());
        var first = root.GetProperty("results")[0];
        Assert.Equal("venlo-lasser", first.GetProperty("vacancyId").GetString());
        foreach (var factor in new[] { "occupation", "skills", "languages", "distance", "hours", "education", "availability" })
        {
            Assert.InRange(first.GetProperty("breakdown").GetProperty(factor).GetDouble(), 0, 1);
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Array, first.GetProperty("reasons").ValueKind);
        Assert.Equal(0, first.GetProperty("blockers").GetArrayLength());
    }

    private IReadOnlyList<VacancyMatch> Match(string language) => _harness.VacancyMatcher.Match(_harness.Index, _welder, 20, language);
}
