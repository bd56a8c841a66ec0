namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>A language and its level in VDAB's words (<c>basis</c> … <c>moedertaal</c>) or as CEFR.</summary>
internal sealed record VdabTaalkennis
{
    public string? Taal { get; init; }

    public string? Niveau { get; init; }
}
