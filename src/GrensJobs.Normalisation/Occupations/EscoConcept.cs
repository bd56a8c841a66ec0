namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// One ESCO occupation: its URI, ISCO-08 unit group, whether ESCO marks it regulated, the preferred label per
/// language exactly as ESCO gives it, and every label (preferred halves and alternatives) per language position
/// of <see cref="EscoLanguages"/>.
/// </summary>
internal sealed record EscoConcept(
    string Uri,
    string Isco,
    bool Regulated,
    IReadOnlyDictionary<string, string> PreferredLabels,
    IReadOnlyList<IReadOnlyList<string>> Labels)
{
    /// <summary>The preferred label's forms per language: "Schweißer/Schweißerin" gives both halves.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> PreferredForms { get; init; }

    /// <summary>Every label in one language ("nl", "de", "fr", "en"), preferred forms first; empty for other codes.</summary>
    public IReadOnlyList<string> LabelsIn(string language)
    {
        var index = EscoLanguages.IndexOf(language);
        return index < 0 ? [] : Labels[index];
    }
}
