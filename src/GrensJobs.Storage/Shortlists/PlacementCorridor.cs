namespace GrensJobs.Storage.Shortlists;

/// <summary>
/// Where an outcome happened, without the person: the home country and Euregios of the profile, the work country and
/// Euregios of the vacancy, and the vacancy's ISCO-08 group. Stored as an anonymous fact beside the item.
/// </summary>
public sealed record PlacementCorridor(
    string? HomeCountry,
    IReadOnlyList<string> HomeEuregios,
    string? WorkCountry,
    IReadOnlyList<string> WorkEuregios,
    string? IscoGroup);
