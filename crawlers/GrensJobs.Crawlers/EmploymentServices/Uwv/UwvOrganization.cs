namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

internal sealed record UwvOrganization
{
    public string? Name { get; init; }
}
