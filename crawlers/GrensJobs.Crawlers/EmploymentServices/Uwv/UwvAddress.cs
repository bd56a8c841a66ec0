namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>HR-Open address; <c>countryCode</c> is ISO 3166-1 alpha-2 (NL when absent).</summary>
internal sealed record UwvAddress
{
    public string? Line { get; init; }

    public string? CityName { get; init; }

    public string? PostalCode { get; init; }

    public string? CountryCode { get; init; }
}
