namespace GrensJobs.Normalisation.Places;

/// <summary>One (country, postal code, place) row of the seed postal codes, with GeoNames' point.</summary>
internal sealed record PostalCodeEntry(string Country, string Code, string Place, double Lat, double Lon);
