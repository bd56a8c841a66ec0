using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Scoring;
using GrensJobs.Search.Candidates;

namespace GrensJobs.Matching.Tests.Scoring;

public sealed class MatchScorerFeasibilityTests
{
    private static readonly MatchingOptions Options = new();
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static readonly NormalisedProfile Welder = MatchingHarness.ReadProfiles([
        """{"id": "p-venlo-lasser", "desiredOccupations": [{"isco": "7212"}], "languages": [{"language": "nl", "level": "C2"}, {"language": "de", "level": "B1"}], "home": {"postalCode": "5911", "place": "Venlo", "country": "NL"}, "maxCommuteKm": 40}""",
    ])[0];

    private static VacancyCandidate Schweisser(params CandidateRequirement[] languages) => new()
    {
        Source = "mueller-gmbh", Id = "kev-1", Title = "Schweißer (m/w/d) MIG/MAG", Place = "Kevelaer", Country = "DE",
        Isco = "7212", Languages = languages,
    };

    private static DesiredOccupations Desired => new(Welder.Occupations, MatchingHarness.Normaliser, Options);

    [Fact]
    public void Score_GermanC1AskedProfileHasB1_LanguageBlockerInDutch()
    {
        var score = new MatchScorer(Options).Score(
            Welder, Desired, Schweisser(new CandidateRequirement("de", CefrLevel.C1, Required: true)), 24, MatchTexts.For("nl"), Today);

        Assert.Contains("vraagt Duits C1; profiel heeft B1", score.Blockers);
        Assert.Equal(0.4, score.Breakdown.Languages, 3);
    }

    [Fact]
    public void IsFeasible_GermanC1AskedProfileHasB1_False()
    {
        var vacancy = Schweisser(new CandidateRequirement("de", CefrLevel.C1, Required: true));

        Assert.False(new MatchScorer(Options).IsFeasible(Welder, Desired, vacancy, 24));
    }

    [Fact]
    public void IsFeasible_GermanB1AskedAndFrenchOnlyAPlus_True()
    {
        var vacancy = Schweisser(new CandidateRequirement("de", CefrLevel.B1, Required: true), new CandidateRequirement("fr", CefrLevel.B2, Required: false));

        Assert.True(new MatchScorer(Options).IsFeasible(Welder, Desired, vacancy, 24));
    }

    [Fact]
    public void IsFeasible_BeyondTheCommuteRadius_False()
    {
        var vacancy = Schweisser(new CandidateRequirement("de", null, Required: true));

        Assert.True(new MatchScorer(Options).IsFeasible(Welder, Desired, vacancy, 40));
        Assert.False(new MatchScorer(Options).IsFeasible(Welder, Desired, vacancy, 40.5));
    }

    [Fact]
    public void IsFeasible_UnrelatedOccupation_False()
    {
        var baker = Schweisser() with { Title = "Bäcker (m/w/d)", Isco = "7512" };

        Assert.False(new MatchScorer(Options).IsFeasible(Welder, Desired, baker, 5));
    }
}
