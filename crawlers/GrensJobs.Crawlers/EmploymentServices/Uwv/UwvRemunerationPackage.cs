namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

internal sealed record UwvRemunerationPackage
{
    public IReadOnlyList<UwvRemunerationRange> Ranges { get; init; } = [];

    /// <summary>Pay as text ("€ 2.650 – € 3.150 bruto per maand").</summary>
    public string? Description { get; init; }
}
