using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Results;
using GrensJobs.Matching.Scoring;
using GrensJobs.Normalisation;
using GrensJobs.Search.Candidates;
using GrensJobs.Search.Indexing;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching;

/// <summary>
/// Best vacancies for a profile: candidates from the vacancy index (the desired concepts, concepts sharing a label,
/// the ISCO-08 unit and minor groups, within the commute radius times <see cref="MatchingOptions.DistanceLimitFactor"/>),
/// each scored with its breakdown, reasons and blockers.
/// </summary>
public sealed class VacancyMatcher(VacancyNormaliser normaliser, IOptions<MatchingOptions> options, TimeProvider time)
{
    private readonly MatchScorer _scorer = new(options.Value);

    public IReadOnlyList<VacancyMatch> Match(VacancyIndex index, NormalisedProfile profile, int top, string? uiLanguage)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(profile);
        var desired = new DesiredOccupations(profile.Occupations, normaliser, options.Value);
        if (desired.IsEmpty)
        {
            return [];
        }

        var candidates = VacancyCandidates.Find(index, new CandidateQuery
        {
            Concepts = desired.Concepts,
            IscoPrefixes = desired.IscoPrefixes,
            Lat = profile.Home?.Lat,
            Lon = profile.Home?.Lon,
            RadiusKm = profile.Home is null ? null : Limit(profile),
        });
        return Rank(profile, desired, candidates, top, uiLanguage);
    }

    /// <summary>
    /// Scores every open vacancy in the index (no candidate search), under the same rules: the reference the candidate
    /// search's recall is measured against. Slow by design.
    /// </summary>
    public IReadOnlyList<VacancyMatch> MatchExhaustively(VacancyIndex index, NormalisedProfile profile, int top, IReadOnlyList<VacancyCandidate>? everything = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(profile);
        var desired = new DesiredOccupations(profile.Occupations, normaliser, options.Value);
        var all = everything ?? VacancyCandidates.All(index, profile.Home?.Lat, profile.Home?.Lon);
        var limit = Limit(profile);
        var home = profile.Home;
        var within = all.Where(c => home is null || (Distance(home, c) is { } km && km <= limit));
        return Rank(profile, desired, within, top, "en");
    }

    private IReadOnlyList<VacancyMatch> Rank(
        NormalisedProfile profile, DesiredOccupations desired, IEnumerable<VacancyCandidate> candidates, int top, string? uiLanguage)
    {
        var texts = MatchTexts.For(uiLanguage);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var matches = new List<VacancyMatch>();
        foreach (var candidate in candidates)
        {
            var distance = profile.Home is { } home ? Distance(home, candidate) : null;
            var score = _scorer.Score(profile, desired, candidate, distance, texts, today);
            if (score.Breakdown.Occupation > 0)
            {
                matches.Add(new VacancyMatch(candidate, distance, score));
            }
        }

        matches.Sort((a, b) => MatchOrder.Compare(a.Score, a.DistanceKm, a.Vacancy.Key, b.Score, b.DistanceKm, b.Vacancy.Key));
        return matches.Count > top ? matches[..top] : matches;
    }

    private double Limit(NormalisedProfile profile) =>
        (profile.Profile.MaxCommuteKm ?? options.Value.DefaultMaxCommuteKm) * options.Value.DistanceLimitFactor;

    private static double? Distance(ResolvedHome home, VacancyCandidate candidate) =>
        candidate.DistanceKm ?? (candidate.Coordinates is { } point ? GeoKilometres.Between(home.Lat, home.Lon, point.Lat, point.Lon) : null);
}
