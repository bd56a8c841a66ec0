using GrensJobs.Core.Places;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Profiles;
using GrensJobs.Matching.Results;
using GrensJobs.Matching.Scoring;
using GrensJobs.Normalisation;
using GrensJobs.Search.Candidates;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching;

/// <summary>
/// Best jobseekers for a vacancy: candidates from the private <see cref="ProfileIndex"/> (by concept and ISCO-08
/// group), within each profile's commute radius times <see cref="MatchingOptions.DistanceLimitFactor"/>, scored
/// by the same rules as the other direction.
/// </summary>
public sealed class ProfileMatcher(VacancyNormaliser normaliser, IOptions<MatchingOptions> options, TimeProvider time)
{
    private readonly MatchScorer _scorer = new(options.Value);

    public IReadOnlyList<ProfileMatch> Match(ProfileIndex profiles, VacancyCandidate vacancy, int top, string? uiLanguage)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(vacancy);
        return Rank(profiles.Candidates(vacancy.Esco, vacancy.Isco), vacancy, top, uiLanguage);
    }

    /// <summary>Scores every given profile (no index): the reference for the index's recall.</summary>
    public IReadOnlyList<ProfileMatch> MatchExhaustively(IEnumerable<NormalisedProfile> everyone, VacancyCandidate vacancy, int top) =>
        Rank(everyone, vacancy, top, "en");

    private List<ProfileMatch> Rank(IEnumerable<NormalisedProfile> profiles, VacancyCandidate vacancy, int top, string? uiLanguage)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var matches = new List<ProfileMatch>();
        foreach (var profile in profiles)
        {
            double? distance = null;
            if (profile.Home is { } home && vacancy.Coordinates is { } point)
            {
                distance = GeoDistance.Kilometres(home.Lat, home.Lon, point.Lat, point.Lon);
                if (distance > _scorer.CommuteRadiusKm(profile) * options.Value.DistanceLimitFactor)
                {
                    continue;
                }
            }

            // Ranked without wording: only the top gets its reasons and blockers written.
            var score = _scorer.Score(profile, Desired(profile), vacancy, distance, texts: null, today);
            if (score.Breakdown.Occupation > 0)
            {
                matches.Add(new ProfileMatch(profile, distance, score));
            }
        }

        matches.Sort((a, b) => MatchOrder.Compare(a.Score, a.DistanceKm, a.Profile.Profile.Id, b.Score, b.DistanceKm, b.Profile.Profile.Id));
        var texts = MatchTexts.For(uiLanguage);
        return [.. matches.Take(top).Select(m => m with { Score = _scorer.Score(m.Profile, Desired(m.Profile), vacancy, m.DistanceKm, texts, today) })];
    }

    private DesiredOccupations Desired(NormalisedProfile profile) => new(profile.Occupations, normaliser, options.Value);
}
