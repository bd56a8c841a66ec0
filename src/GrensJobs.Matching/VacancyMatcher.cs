using GrensJobs.Core.Places;
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
/// each scored with its breakdown, reasons and blockers. Every candidate is first scored from the index's columns
/// alone with its skills at their upper bound; candidates are then read and scored in full from the highest bound
/// down, until no bound left can reach the top — the same top as scoring every candidate in full, at the cost of a
/// few full reads.
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

        var texts = MatchTexts.For(uiLanguage);
        var today = Today();
        using var session = VacancyCandidates.Open(index);
        var bounded = new List<(CandidateFacts Facts, double Bound)>();
        foreach (var facts in session.Find(desired.Query(profile.Home, Limit(profile))))
        {
            var bound = _scorer.Score(profile, desired, facts.ToCandidate(), facts.DistanceKm, texts: null, today, textUnread: true);
            if (bound.Breakdown.Occupation > 0)
            {
                bounded.Add((facts, bound.Score));
            }
        }

        bounded.Sort((a, b) => b.Bound.CompareTo(a.Bound));
        var best = new List<VacancyMatch>(top + 1);
        foreach (var (facts, bound) in bounded)
        {
            if (best.Count == top && bound < best[^1].Score.Score)
            {
                break;
            }

            var candidate = session.Read(facts);
            var match = new VacancyMatch(candidate, facts.DistanceKm, _scorer.Score(profile, desired, candidate, facts.DistanceKm, texts, today));
            var at = best.BinarySearch(match, Order);
            best.Insert(at < 0 ? ~at : at, match);
            if (best.Count > top)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return best;
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
        var today = Today();
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

        matches.Sort(Order);
        return matches.Count > top ? matches[..top] : matches;
    }

    private static readonly Comparer<VacancyMatch> Order = Comparer<VacancyMatch>.Create(
        (a, b) => MatchOrder.Compare(a.Score, a.DistanceKm, a.Vacancy.Key, b.Score, b.DistanceKm, b.Vacancy.Key));

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private double Limit(NormalisedProfile profile) => _scorer.CommuteRadiusKm(profile) * options.Value.DistanceLimitFactor;

    private static double? Distance(ResolvedHome home, VacancyCandidate candidate) =>
        candidate.DistanceKm ?? (candidate.Coordinates is { } point ? GeoDistance.Kilometres(home.Lat, home.Lon, point.Lat, point.Lon) : null);
}
