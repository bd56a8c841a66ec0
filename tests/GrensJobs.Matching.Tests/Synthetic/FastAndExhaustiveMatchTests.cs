using GrensJobs.Search.Candidates;

namespace GrensJobs.Matching.Tests.Synthetic;

/// <summary>
/// The candidate searches of both directions lose nothing the scorer would rank: on a synthetic border labour market
/// the top 20 of the fast path is exactly the top 20 of scoring every open vacancy (every profile), in the same order.
/// </summary>
public sealed class FastAndExhaustiveMatchTests(SyntheticWorldFixture world) : IClassFixture<SyntheticWorldFixture>
{
    private const int Top = 20;

    [Fact]
    public void VacancyMatcherMatch_SyntheticProfiles_ReturnsTheExhaustiveTop20()
    {
        var matcher = world.VacancyMatcher;
        var everything = VacancyCandidates.All(world.Index, null, null);
        var compared = 0;
        foreach (var profile in world.Profiles.Take(80))
        {
            var exhaustive = matcher.MatchExhaustively(world.Index, profile, Top, everything).Select(m => m.Vacancy.Key).ToList();
            var fast = matcher.Match(world.Index, profile, Top, "de").Select(m => m.Vacancy.Key).ToList();

            Assert.True(exhaustive.SequenceEqual(fast, StringComparer.Ordinal),
                $"{profile.Profile.Id}: exhaustive [{string.Join(", ", exhaustive)}], fast [{string.Join(", ", fast)}]");
            compared += exhaustive.Count > 0 ? 1 : 0;
        }

        Assert.True(compared >= 60, $"only {compared} of 80 profiles had any match: the comparison proves little");
    }

    [Fact]
    public void ProfileMatcherMatch_SyntheticVacancies_ReturnsTheExhaustiveTop20()
    {
        var matcher = world.ProfileMatcher;
        var compared = 0;
        foreach (var vacancy in VacancyCandidates.All(world.Index, null, null).Take(150))
        {
            var exhaustive = matcher.MatchExhaustively(world.Profiles, vacancy, Top).Select(m => m.Profile.Profile.Id).ToList();
            var fast = matcher.Match(world.ProfileIndex, vacancy, Top, "fr").Select(m => m.Profile.Profile.Id).ToList();

            Assert.True(exhaustive.SequenceEqual(fast, StringComparer.Ordinal),
                $"{vacancy.Key}: exhaustive [{string.Join(", ", exhaustive)}], fast [{string.Join(", ", fast)}]");
            compared += exhaustive.Count > 0 ? 1 : 0;
        }

        Assert.True(compared >= 50, $"only {compared} of 150 vacancies had any match: the comparison proves little");
    }
}
