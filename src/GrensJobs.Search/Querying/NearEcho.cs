namespace GrensJobs.Search.Querying;

/// <summary>The place <c>--near</c> resolved to.</summary>
public sealed record NearEcho(string Place, string Country, double Lat, double Lon);
