namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

internal sealed record VdabWerkgever
{
    public string? Naam { get; init; }

    public string? Ondernemingsnummer { get; init; }
}
