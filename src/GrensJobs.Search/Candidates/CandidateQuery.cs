namespace GrensJobs.Search.Candidates;

/// <summary>
/// Which open vacancies a match considers: those linked to one of <see cref="Concepts"/> or whose ISCO-08 code starts
/// with one of <see cref="IscoPrefixes"/> (1–4 digits), with a place within <see cref="RadiusKm"/> of the home when
/// both are given. One vacancy per dedup cluster.
/// </summary>
public sealed record CandidateQuery
{
    public IReadOnlyList<string> Concepts { get; init; } = [];

    public IReadOnlyList<string> IscoPrefixes { get; init; } = [];

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public double? RadiusKm { get; init; }
}
