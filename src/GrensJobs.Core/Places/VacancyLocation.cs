namespace GrensJobs.Core.Places;

/// <summary>A resolved place of work: coordinates, ISO country, NUTS-3 region and every Euregio containing it.</summary>
public sealed record VacancyLocation(
    string? Place,
    string? PostalCode,
    string? Country,
    double? Lat,
    double? Lon,
    string? Nuts3,
    IReadOnlyList<string> Euregios);
