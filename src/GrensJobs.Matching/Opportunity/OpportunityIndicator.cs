using System.Runtime.ExceptionServices;
using GrensJobs.Core.Places;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Profiles;
using GrensJobs.Matching.Scoring;
using GrensJobs.Normalisation;
using GrensJobs.Search.Candidates;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Opportunity;

/// <summary>
/// The cross-border opportunity indicator a Euregio needs for its joint labour-market analysis: per Euregio, ISCO-08
/// group and side of the border, the open vacancies there and the jobseekers living on another side who could take at
/// least one of them — by the matcher's own rules (<see cref="MatchScorer.IsFeasible"/>: occupation factor above 0,
/// within the commute radius, no language blocker). Each profile runs one candidate search (its occupations within its
/// radius); open vacancies are counted once over the index. Reads every profile: callers audit it as one aggregate
/// read, and only the mediator area may show it.
/// </summary>
public sealed class OpportunityIndicator(VacancyNormaliser normaliser, IOptions<MatchingOptions> options)
{
    private static readonly Dictionary<string, int> EuregioOrder =
        Euregios.All.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);

    private readonly MatchScorer _scorer = new(options.Value);

    /// <summary>
    /// Catches the private profile index up with the store and computes the table over it (what the mediator
    /// endpoint calls). <paramref name="progress"/> is called with the number of profiles done after each.
    /// </summary>
    public async Task<OpportunityTable> ComputeAsync(
        VacancyIndex vacancies, ProfileIndex profiles, IProfileStore store, OpportunityRequest request, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        await profiles.CatchUpAsync(store, cancellationToken).ConfigureAwait(false);
        return Compute(vacancies, profiles.Snapshot(), request, progress, cancellationToken);
    }

    /// <summary>The table over <paramref name="profiles"/>; throws <see cref="ArgumentException"/> for a request with a <see cref="OpportunityRequest.Problem"/>.</summary>
    public OpportunityTable Compute(
        VacancyIndex vacancies, IReadOnlyCollection<NormalisedProfile> profiles, OpportunityRequest request, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vacancies);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var open = new OpportunityTally();
        var keys = new List<OpportunityKey>();
        VacancyCandidates.ForEach(vacancies, null, null, vacancy =>
        {
            keys.Clear();
            AddKeys(vacancy, request, keys);
            open.Add(keys);
        });

        var seekers = CountJobseekers(vacancies, profiles, request, progress, cancellationToken);
        var rows = open.Counts
            .Select(pair => Row(pair.Key, pair.Value, seekers.Counts.GetValueOrDefault(pair.Key), request.UiLanguage))
            .OrderBy(row => IndexOf(row.Euregio))
            .ThenBy(row => row.Isco, StringComparer.Ordinal)
            .ThenBy(row => row.Country, StringComparer.Ordinal)
            .ToList();
        return new OpportunityTable(request, rows, new OpportunityTotal(open.Total, seekers.Total, profiles.Count));
    }

    /// <summary>
    /// Per row, the profiles that could take at least one of its vacancies: one candidate search per profile, the
    /// profiles spread over the cores (each thread tallies its own, merged at the end).
    /// </summary>
    private OpportunityTally CountJobseekers(
        VacancyIndex vacancies, IReadOnlyCollection<NormalisedProfile> profiles, OpportunityRequest request, Action<int>? progress, CancellationToken cancellationToken)
    {
        var merged = new OpportunityTally();
        var gate = new Lock();
        var done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.ForEach(profiles, parallel, () => new OpportunityTally(), (profile, _, tally) =>
            {
                tally.Add(RowsReachable(vacancies, profile, request));
                if (progress is not null)
                {
                    lock (gate)
                    {
                        progress(++done);
                    }
                }

                return tally;
            }, tally =>
            {
                lock (gate)
                {
                    merged.Add(tally);
                }
            });
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count == 1)
        {
            // The failure itself (an unreadable index, …), as the sequential code would have thrown it.
            ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
        }

        return merged;
    }

    /// <summary>The rows in which the person could take at least one vacancy across the border.</summary>
    private HashSet<OpportunityKey> RowsReachable(VacancyIndex vacancies, NormalisedProfile profile, OpportunityRequest request)
    {
        var reachable = new HashSet<OpportunityKey>();
        var keys = new List<OpportunityKey>();
        foreach (var vacancy in FeasibleAcrossTheBorder(vacancies, profile))
        {
            keys.Clear();
            AddKeys(vacancy, request, keys);
            reachable.UnionWith(keys);
        }

        return reachable;
    }

    /// <summary>
    /// The open vacancies in another country than the person's home that they could take. "On the other side" is a
    /// home in the vacancy's Euregio or within the commute radius of it; the second holds for every vacancy the radius
    /// lets through, so the radius alone decides.
    /// </summary>
    private IEnumerable<VacancyCandidate> FeasibleAcrossTheBorder(VacancyIndex vacancies, NormalisedProfile profile)
    {
        if (profile.Home is not { } home)
        {
            return [];
        }

        var desired = new DesiredOccupations(profile.Occupations, normaliser, options.Value);
        if (desired.IsEmpty)
        {
            return [];
        }

        var candidates = VacancyCandidates.Find(vacancies, desired.Query(home, _scorer.CommuteRadiusKm(profile)));
        return candidates.Where(vacancy =>
            vacancy.Country is { } country
            && !string.Equals(country, home.Country, StringComparison.Ordinal)
            && _scorer.IsFeasible(profile, desired, vacancy, vacancy.DistanceKm));
    }

    /// <summary>
    /// The rows a vacancy counts in: one per Euregio of its places (asked for), its ISCO-08 code cut to the level (a
    /// vacancy known only to a wider group stays in that group), and its country. None without an occupation or a country.
    /// </summary>
    private static void AddKeys(VacancyCandidate vacancy, OpportunityRequest request, List<OpportunityKey> keys)
    {
        if (vacancy.Isco is not { Length: > 0 } isco || vacancy.Country is not { } country)
        {
            return;
        }

        var group = isco.Length > request.IscoLevel ? isco[..request.IscoLevel] : isco;
        foreach (var euregio in vacancy.Euregios)
        {
            if (request.Includes(euregio))
            {
                keys.Add(new OpportunityKey(euregio, group, country));
            }
        }
    }

    private OpportunityRow Row(OpportunityKey key, int open, int seekers, string language)
    {
        var labels = normaliser.IscoGroupLabels(key.Isco);
        var label = labels?.GetValueOrDefault(language) ?? labels?.GetValueOrDefault("en") ?? key.Isco;
        return new OpportunityRow(key.Euregio, EuregioNames.For(key.Euregio, language), key.Isco, label, key.Country, open, seekers);
    }

    private static int IndexOf(string euregio) => EuregioOrder.GetValueOrDefault(euregio, int.MaxValue);
}
