namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>A language and its level in the Bundesagentur's words (<c>Grundkenntnisse</c> …) or as CEFR.</summary>
internal sealed record BaSprachkenntnis
{
    public string? Sprache { get; init; }

    public string? Stufe { get; init; }
}
