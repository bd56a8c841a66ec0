namespace GrensJobs.Storage.Shortlists;

/// <summary>
/// Outcomes per border corridor: home country and Euregio (null outside every Euregio) to work country. A home place in
/// two overlapping Euregios counts in both corridors.
/// </summary>
public sealed record CorridorCount(string? HomeCountry, string? HomeEuregio, string? WorkCountry, int Invited, int Placed, int Rejected);
