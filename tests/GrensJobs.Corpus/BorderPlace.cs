namespace GrensJobs.Corpus;

/// <summary>A town near the NL–DE–BE borders; <paramref name="Language"/> is the language employers there post in.</summary>
internal sealed record BorderPlace(string Name, string PostalCode, string Country, double Lat, double Lon, string Language, string Region);
