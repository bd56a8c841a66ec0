namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>Pay: <c>periode</c> is uur, dag, week, maand or jaar; <c>omschrijving</c> the text.</summary>
internal sealed record VdabLoon
{
    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public string? Munt { get; init; }

    public string? Periode { get; init; }

    public string? Omschrijving { get; init; }
}
