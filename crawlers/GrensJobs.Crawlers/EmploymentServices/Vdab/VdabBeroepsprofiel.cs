namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>The Competent occupational profile (code such as <c>J150101</c>).</summary>
internal sealed record VdabBeroepsprofiel
{
    public string? Code { get; init; }

    public string? Omschrijving { get; init; }
}
