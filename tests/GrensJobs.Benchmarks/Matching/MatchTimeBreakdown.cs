using System.Diagnostics;
using System.Globalization;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching;
using GrensJobs.Matching.Scoring;
using GrensJobs.Normalisation;
using GrensJobs.Search.Candidates;
using GrensJobs.Search.Indexing;

namespace GrensJobs.Benchmarks.Matching;

/// <summary>
/// Where the time of a profile → vacancies match goes: the candidate search (the index query, the distance filter and
/// each candidate's numbers from the columns) asked exactly as <see cref="VacancyMatcher"/> asks it, and the rest of the
/// match (bounding every candidate's score, then reading and scoring the best in full).
/// </summary>
internal sealed class MatchTimeBreakdown(VacancyMatcher matcher, VacancyNormaliser normaliser, MatchingOptions options, VacancyIndex index)
{
    public double MeanCandidates(IEnumerable<NormalisedProfile> profiles)
    {
        var counts = profiles.Select(p => Candidates(p).Count).ToList();
        return counts.Count == 0 ? 0 : counts.Average();
    }

    /// <summary>One line per profile: its occupations and radius, candidates, candidate-search time and the rest.</summary>
    public void PrintSlowest(IEnumerable<NormalisedProfile> profiles, TextWriter output)
    {
        output.WriteLine("slowest profile → vacancies matches, timed again (candidate search = index query + distance filter + each candidate's numbers; the rest = bounding, reading and scoring the best):");
        foreach (var profile in profiles)
        {
            // Each part timed three times, the fastest kept: the machine is shared, and a one-off stall is not the match's cost.
            var count = 0;
            var search = Fastest(() => count = Candidates(profile).Count);
            var total = Fastest(() => matcher.Match(index, profile, MatchBenchmark.Top, "nl"));
            var desired = new DesiredOccupations(profile.Occupations, normaliser, options);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {profile.Profile.Id}: asks {desired.Concepts.Count} concepts and ISCO prefixes [{string.Join(", ", desired.IscoPrefixes)}] within {Radius(profile)?.ToString("0", CultureInfo.InvariantCulture) ?? "any"} km of {profile.Home?.Place ?? "no known home"}; " +
                $"{count:N0} candidates; match {total:0.0} ms = candidate search {search:0.0} ms + the rest {Math.Max(0, total - search):0.0} ms"));
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

    /// <summary>The candidates <see cref="VacancyMatcher.Match"/> bounds for this profile, found the same way.</summary>
    private IReadOnlyList<CandidateFacts> Candidates(NormalisedProfile profile)
    {
        var desired = new DesiredOccupations(profile.Occupations, normaliser, options);
        if (desired.IsEmpty)
        {
            return [];
        }

        using var session = VacancyCandidates.Open(index);
        return session.Find(desired.Query(profile.Home, Radius(profile)));
    }

    private double? Radius(NormalisedProfile profile) =>
        profile.Home is null ? null : (profile.Profile.MaxCommuteKm ?? options.DefaultMaxCommuteKm) * options.DistanceLimitFactor;
}
