namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

internal sealed record UwvGeoLocation
{
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
