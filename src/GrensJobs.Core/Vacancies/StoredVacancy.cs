namespace GrensJobs.Core.Vacancies;

/// <summary>A vacancy as the store of record keeps it: the normalised vacancy plus its lifecycle and change sequence.</summary>
/// <param name="Cluster">
/// The dedup cluster id: <see cref="OwnCluster"/> for a vacancy that duplicates nothing (the first of its cluster),
/// the first member's id for a vacancy that joined it.
/// </param>
public sealed record StoredVacancy(
    Vacancy Vacancy,
    VacancyStatus Status,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? ClosedAt,
    string? Cluster,
    long Sequence)
{
    /// <summary>Whether this vacancy joined another vacancy's cluster (a cluster of one is not joined).</summary>
    public bool JoinedCluster =>
        Cluster is not null && !string.Equals(Cluster, OwnCluster(Vacancy.Source, Vacancy.Id), StringComparison.Ordinal);

    /// <summary>The cluster id a vacancy starts with when it duplicates nothing: its source and id.</summary>
    public static string OwnCluster(string source, string id) => string.Concat(source, "/", id);
}
