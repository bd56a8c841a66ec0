namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

internal sealed record VdabProfiel
{
    public string? Omschrijving { get; init; }

    public IReadOnlyList<VdabTaalkennis> Taalkennis { get; init; } = [];

    public IReadOnlyList<string> Diplomas { get; init; } = [];

    public IReadOnlyList<string> Rijbewijzen { get; init; } = [];
}
