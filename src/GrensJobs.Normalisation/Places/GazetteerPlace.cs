namespace GrensJobs.Normalisation.Places;

/// <summary>One GeoNames populated place of the seed gazetteer.</summary>
internal sealed record GazetteerPlace(
    int GeonameId,
    string Name,
    string Country,
    double Lat,
    double Lon,
    int Population,
    string? Nuts3);
