namespace GrensJobs.Normalisation.Places;

/// <summary>A place found by name or postal code, e.g. for <c>search --near</c>.</summary>
public sealed record ResolvedPlace(
    string Name,
    string Country,
    double Lat,
    double Lon,
    string? Nuts3,
    string? PostalCode,
    IReadOnlyList<string> Euregios);
