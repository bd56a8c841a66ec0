namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// The head word of a folded occupation title: the word before the first preposition ("fachkraft fur lagerlogistik",
/// "technicien de maintenance", "manager of sales"), otherwise the last word in nl/de/en ("heftruck chauffeur",
/// "software developer") and the first word in French ("technicien maintenance").
/// </summary>
internal static class HeadWord
{
    public const int Tail = 9;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "fur", "im", "in", "der", "des", "mit", "zur", "zum", "von", "van", "voor", "bij", "op", "de", "du", "d",
        "en", "a", "au", "aux", "pour", "of", "for", "at", "in", "the", "la", "le", "et", "und", "and",
    };

    public static string Of(string folded, int language)
    {
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return string.Empty;
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            if (Prepositions.Contains(tokens[i]))
            {
                return tokens[i - 1];
            }
        }

        return language == 2 ? tokens[0] : tokens[^1];
    }
}
