namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// The longest run of words inside a title that is exactly a label, for titles that add a sector, place or
/// specialism ESCO does not name: "timmerman nieuwbouw" → "timmerman", "disponent nahverkehr" → "disponent",
/// "senior java developer team payments" → "java developer".
/// </summary>
internal static class PartialPhrase
{
    private const int MaxWords = 8;
    private const int MinSingleWordLength = 5;

    /// <summary>The best entry, the share of the title's characters it covers, its first word and its text, or (-1, 0, -1, "").</summary>
    public static (int Entry, double Coverage, int Start, string Phrase) Find(LabelIndex index, string folded, int language, Func<int, bool>? hidden = null)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxWords)
        {
            return (-1, 0, -1, string.Empty);
        }

        for (var length = words.Length - 1; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (length == 1 && (words[start].Length < MinSingleWordLength || VagueTitles.IsVague(words[start])))
                {
                    continue;
                }

                var phrase = string.Join(' ', words, start, length);
                var entries = index.Exact(phrase);
                if (hidden is not null)
                {
                    entries = Array.FindAll(entries, e => !hidden(e));
                }

                if (entries.Length > 0)
                {
                    var (entry, _) = ExactChoice.Pick(index, entries, language);
                    return (entry, (double)phrase.Length / folded.Length, start, phrase);
                }
            }
        }

        return (-1, 0, -1, string.Empty);
    }
}
