namespace GrensJobs.Core.Profiles;

/// <summary>Where a jobseeker lives, as precise as the feed gives it (a postal code's digits, a place, a country).</summary>
public sealed record ProfileHome
{
    public string? PostalCode { get; init; }

    public string? Place { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }
}
