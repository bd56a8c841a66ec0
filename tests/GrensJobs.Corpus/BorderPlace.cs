namespace GrensJobs.Corpus;

/// <summary>
/// A populated place in a Euregio along the NL–DE–BE borders (from <c>seeds/places</c>); <paramref name="Language"/>
/// is the language employers there post in; <paramref name="PostalCode"/> is null where the seeds have none for it.
/// </summary>
internal sealed record BorderPlace(
    string Name, string? PostalCode, string Country, double Lat, double Lon, string Language, int Population, string Nuts3);
