namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>The place of work; <c>land</c> is ISO 3166-1 alpha-2 (BE when absent).</summary>
internal sealed record VdabPlaats
{
    public string? Straat { get; init; }

    public string? Postcode { get; init; }

    public string? Gemeente { get; init; }

    public string? Land { get; init; }

    public double? Breedtegraad { get; init; }

    public double? Lengtegraad { get; init; }
}
