namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

internal sealed record UwvPositionLocation
{
    public UwvAddress? Address { get; init; }

    public UwvGeoLocation? GeoLocation { get; init; }
}
