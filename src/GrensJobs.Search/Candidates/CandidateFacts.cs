using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Candidates;

/// <summary>
/// What a candidate search knows of a vacancy without decoding it: enough to score everything but its text (skills)
/// and to write no reason. <see cref="CandidateSession.Read"/> gives the whole <see cref="VacancyCandidate"/>.
/// </summary>
public sealed record CandidateFacts
{
    internal CandidateFacts(CandidateHit hit, GeoPoint? home)
    {
        Hit = hit;
        Home = home;
    }

    public string? Esco { get; init; }

    public string? Isco { get; init; }

    public double? DistanceKm { get; init; }

    public HoursRange? Hours { get; init; }

    public int? Eqf { get; init; }

    /// <summary>The required languages (as <c>--speaks</c> reads them); optional ones only in the full candidate.</summary>
    public IReadOnlyList<CandidateRequirement> RequiredLanguages { get; init; } = [];

    internal CandidateHit Hit { get; }

    internal GeoPoint? Home { get; }

    /// <summary>The facts as a candidate without text, titles or labels, for scoring before reading.</summary>
    public VacancyCandidate ToCandidate() => new()
    {
        Source = "",
        Id = "",
        Title = "",
        Esco = Esco,
        Isco = Isco,
        DistanceKm = DistanceKm,
        Hours = Hours,
        Eqf = Eqf,
        Languages = RequiredLanguages,
    };
}
