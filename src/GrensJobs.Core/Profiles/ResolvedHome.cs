namespace GrensJobs.Core.Profiles;

/// <summary>A jobseeker's home resolved to a place: coordinates, country, NUTS-3 region and Euregios.</summary>
public sealed record ResolvedHome(
    string? Place,
    string Country,
    double Lat,
    double Lon,
    string? Nuts3,
    IReadOnlyList<string> Euregios);
