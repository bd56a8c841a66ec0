namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>A language requirement: <c>taal</c> (Nederlands, Frans…) and <c>niveau</c> (CEFR A1–C2 or words).</summary>
internal sealed record VdabTaalkennis
{
    public string? Taal { get; init; }

    public string? Niveau { get; init; }
}
