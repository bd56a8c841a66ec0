namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>A desired occupation: its KldB 2010 code and official title (<c>bezeichnung</c>).</summary>
internal sealed record BaBeruf
{
    public string? Kldb2010 { get; init; }

    public string? Bezeichnung { get; init; }
}
