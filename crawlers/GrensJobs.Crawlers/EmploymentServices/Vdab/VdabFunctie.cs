namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

internal sealed record VdabFunctie
{
    public string? Titel { get; init; }

    public VdabBeroepsprofiel? Beroepsprofiel { get; init; }
}
