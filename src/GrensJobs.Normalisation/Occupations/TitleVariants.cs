namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Other spellings of a two-part folded title for the exact lookup: "helfer fur reinigung" → "helfer reinigung",
/// "reinigung helfer", "reinigunghelfer"; a longer one loses its linker only; "medewerker schoonmaak" → "schoonmaak medewerker", "schoonmaakmedewerker".
/// </summary>
internal static class TitleVariants
{
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal) { "fur", "voor", "im", "in", "de", "van" };

    public static IEnumerable<string> Of(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 3 && Linkers.Contains(words[1]))
        {
            // "fachkraft fur schutz und sicherheit" → ESCO's "Fachkraft Schutz- und Sicherheit"
            yield return words[0] + " " + string.Join(' ', words, 2, words.Length - 2);
        }

        if (words.Length == 3 && Linkers.Contains(words[1]))
        {
            words = [words[0], words[2]];
            yield return words[0] + " " + words[1];
        }

        if (words.Length == 2)
        {
            yield return words[1] + " " + words[0];
            yield return words[1] + words[0];
            yield return words[0] + words[1];
        }
    }
}
