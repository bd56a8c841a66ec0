using GrensJobs.Core.Profiles;
using GrensJobs.Normalisation;
using GrensJobs.Search.Candidates;

namespace GrensJobs.Matching.Scoring;

/// <summary>
/// A profile's resolved occupations prepared for matching: the concepts (with those sharing a label), the ISCO-08
/// codes, and what a candidate search asks the index for. Relatedness runs through the ISCO hierarchy (same unit
/// group, same minor group) and ESCO's shared labels.
/// </summary>
internal sealed class DesiredOccupations
{
    private readonly IReadOnlyList<ResolvedOccupation> _desired;
    private readonly Dictionary<string, ResolvedOccupation> _sharing = new(StringComparer.Ordinal);
    private readonly MatchingOptions _options;

    public DesiredOccupations(IReadOnlyList<ResolvedOccupation> occupations, VacancyNormaliser normaliser, MatchingOptions options)
    {
        _options = options;
        _desired = [.. occupations.Where(o => o.IsResolved)];
        foreach (var desired in _desired)
        {
            if (desired.Esco is { } esco)
            {
                foreach (var related in normaliser.ConceptsSharingLabels(esco))
                {
                    _sharing.TryAdd(related, desired);
                }
            }
        }
    }

    public bool IsEmpty => _desired.Count == 0;

    /// <summary>The concepts a candidate search asks for: the desired ones and those sharing a label.</summary>
    public IReadOnlyList<string> Concepts => [.. _desired.Select(d => d.Esco).OfType<string>().Concat(_sharing.Keys).Distinct(StringComparer.Ordinal)];

    /// <summary>The ISCO-08 prefixes a candidate search asks for: each desired code and, for related work, its minor group.</summary>
    public IReadOnlyList<string> IscoPrefixes =>
    [
        .. _desired.Select(d => d.Isco!)
            .Concat(_options.SameMinorGroupScore > 0 ? _desired.Where(d => d.Isco!.Length == 4).Select(d => d.Isco![..3]) : [])
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The candidate search for these occupations, within <paramref name="radiusKm"/> of <paramref name="home"/> when both are given.</summary>
    public CandidateQuery Query(ResolvedHome? home, double? radiusKm) => new()
    {
        Concepts = Concepts,
        IscoPrefixes = IscoPrefixes,
        Lat = home?.Lat,
        Lon = home?.Lon,
        RadiusKm = home is null ? null : radiusKm,
    };

    public OccupationFit Fit(string? esco, string? isco)
    {
        var best = new OccupationFit(0, OccupationRelation.None, null);
        foreach (var desired in _desired)
        {
            var fit = Fit(desired, esco, isco);
            if (fit.Score > best.Score)
            {
                best = fit;
            }
        }

        if (esco is not null && _sharing.TryGetValue(esco, out var sharing) && _options.SharedLabelScore > best.Score)
        {
            best = new OccupationFit(_options.SharedLabelScore, OccupationRelation.SharedLabel, sharing);
        }

        return best;
    }

    private OccupationFit Fit(ResolvedOccupation desired, string? esco, string? isco)
    {
        if (desired.Esco is not null && string.Equals(desired.Esco, esco, StringComparison.Ordinal))
        {
            return new OccupationFit(1, OccupationRelation.Same, desired);
        }

        var code = desired.Isco!;
        if (isco is null)
        {
            return default;
        }

        if (desired.Esco is null && isco.StartsWith(code, StringComparison.Ordinal))
        {
            // Asked by ISCO code: the whole group asked for is the same occupation to this person.
            return new OccupationFit(code.Length == 4 ? 1 : 0.9, code.Length == 4 ? OccupationRelation.Same : OccupationRelation.AskedGroup, desired);
        }

        if (code.Length == 4 && string.Equals(code, isco, StringComparison.Ordinal))
        {
            return new OccupationFit(_options.SameUnitGroupScore, OccupationRelation.SameUnitGroup, desired);
        }

        if (code.Length == 4 && isco.Length >= 3 && code.AsSpan(0, 3).SequenceEqual(isco.AsSpan(0, 3)))
        {
            return new OccupationFit(_options.SameMinorGroupScore, OccupationRelation.SameMinorGroup, desired);
        }

        return default;
    }
}
