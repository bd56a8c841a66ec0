using System.Diagnostics;
using System.Globalization;
using GrensJobs.Core.Profiles;
using GrensJobs.Core.Text;
using GrensJobs.Matching;
using GrensJobs.Matching.Scoring;
using GrensJobs.Normalisation;
using GrensJobs.Search.Candidates;
using GrensJobs.Search.Indexing;

namespace GrensJobs.Benchmarks.Matching;

/// <summary>
/// Where the time of a profile → vacancies match goes: the candidate search (the index query, the distance filter and
/// reading each candidate's display record and columns) asked exactly as <see cref="VacancyMatcher"/> asks it, and the
/// scoring and ranking of those candidates (the rest of the match).
/// </summary>
internal sealed class MatchTimeBreakdown(VacancyMatcher matcher, VacancyNormaliser normaliser, MatchingOptions options, VacancyIndex index)
{
    public double MeanCandidates(IEnumerable<NormalisedProfile> profiles)
    {
        var counts = profiles.Select(p => Candidates(p).Count).ToList();
        return counts.Count == 0 ? 0 : counts.Average();
    }

    /// <summary>One line per profile: its occupations and radius, candidates, candidate-search time and scoring time.</summary>
    public void PrintSlowest(IEnumerable<NormalisedProfile> profiles, TextWriter output)
    {
        output.WriteLine("slowest profile → vacancies matches, timed again (candidate search = index query + distance filter + reading each candidate; scoring = the rest):");
        foreach (var profile in profiles)
        {
            // Each part timed three times, the fastest kept: the machine is shared, and a one-off stall is not the match's cost.
            IReadOnlyList<VacancyCandidate> candidates = [];
            var folded = 0;
            var search = Fastest(() => candidates = Candidates(profile));
            var total = Fastest(() => matcher.Match(index, profile, MatchBenchmark.Top, "nl"));
            var folding = profile.Profile.Skills.Count == 0
                ? 0
                : Fastest(() => folded = candidates.Sum(c => TextFolding.Fold(c.Title + " " + c.Text).Length));
            var desired = new DesiredOccupations(profile.Occupations, normaliser, options);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {profile.Profile.Id}: asks {desired.Concepts.Count} concepts and ISCO prefixes [{string.Join(", ", desired.IscoPrefixes)}] within {Radius(profile)?.ToString("0", CultureInfo.InvariantCulture) ?? "any"} km of {profile.Home?.Place ?? "no known home"}; " +
                $"{candidates.Count:N0} candidates; match {total:0.0} ms = candidate search {search:0.0} ms + scoring {Math.Max(0, total - search):0.0} ms " +
                $"(of which folding each candidate's title and text, {folded / Math.Max(candidates.Count, 1):N0} characters on average, for {profile.Profile.Skills.Count} skills: {folding:0.0} ms)"));
        }
    }

    private static double Fastest(Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return best;
    }

    /// <summary>The candidates <see cref="VacancyMatcher.Match"/> scores for this profile, found the same way.</summary>
    private IReadOnlyList<VacancyCandidate> Candidates(NormalisedProfile profile)
    {
        var desired = new DesiredOccupations(profile.Occupations, normaliser, options);
        if (desired.IsEmpty)
        {
            return [];
        }

        return VacancyCandidates.Find(index, new CandidateQuery
        {
            Concepts = desired.Concepts,
            IscoPrefixes = desired.IscoPrefixes,
            Lat = profile.Home?.Lat,
            Lon = profile.Home?.Lon,
            RadiusKm = Radius(profile),
        });
    }

    private double? Radius(NormalisedProfile profile) =>
        profile.Home is null ? null : (profile.Profile.MaxCommuteKm ?? options.DefaultMaxCommuteKm) * options.DistanceLimitFactor;
}
