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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup =
        Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a folded word is a preposition, article or conjunction that links the words of a title.</summary>
    public static bool IsLinker(string word) => Prepositions.Contains(word);

    public static string Of(string folded, int language)
    {
        var lookup = PrepositionLookup;
        var text = folded.AsSpan();
        Range first = default, previous = default, last = default;
        var count = 0;
        foreach (var token in text.Split(' '))
        {
            if (token.End.Value - token.Start.Value == 0)
            {
                continue;
            }

            if (count > 0 && lookup.Contains(text[token]))
            {
                return text[previous].ToString();
            }

            if (count == 0)
            {
                first = token;
            }

            previous = token;
            last = token;
            count++;
        }

        return count == 0 ? string.Empty : text[language == 2 ? first : last].ToString();
    }
}
