namespace GrensJobs.Core.Vacancies;

/// <summary>A vacancy as the store of record keeps it: the normalised vacancy plus its lifecycle and change sequence.</summary>
public sealed record StoredVacancy(
    Vacancy Vacancy,
    VacancyStatus Status,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? ClosedAt,
    string? Cluster,
    long Sequence);
