namespace GrensJobs.Corpus;

/// <summary>One ESCO occupation with its labels in the three border languages (preferred label first).</summary>
internal sealed record EscoOccupation(string ConceptUri, string Isco, IReadOnlyList<string> Dutch, IReadOnlyList<string> German, IReadOnlyList<string> French)
{
    public IReadOnlyList<string> LabelsIn(string language) => language switch
    {
        "de" => German,
        "fr" => French,
        _ => Dutch,
    };
}
