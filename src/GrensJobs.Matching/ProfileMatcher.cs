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
        var texts = MatchTexts.For(uiLanguage);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var matches = new List<ProfileMatch>();
        foreach (var profile in profiles)
        {
            double? distance = null;
            if (profile.Home is { } home && vacancy.Coordinates is { } point)
            {
                distance = GeoKilometres.Between(home.Lat, home.Lon, point.Lat, point.Lon);
                if (distance > (profile.Profile.MaxCommuteKm ?? options.Value.DefaultMaxCommuteKm) * options.Value.DistanceLimitFactor)
                {
                    continue;
                }
            }

            var desired = new DesiredOccupations(profile.Occupations, normaliser, options.Value);
            var score = _scorer.Score(profile, desired, vacancy, distance, texts, today);
            if (score.Breakdown.Occupation > 0)
            {
                matches.Add(new ProfileMatch(profile, distance, score));
            }
        }

        matches.Sort((a, b) => MatchOrder.Compare(a.Score, a.DistanceKm, a.Profile.Profile.Id, b.Score, b.DistanceKm, b.Profile.Profile.Id));
        return matches.Count > top ? matches[..top] : matches;
    }
}
