using GrensJobs.Core.Occupations;
using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Looks for an occupation named in the first part of a description ("Als heftruckchauffeur ben je …",
/// "Wir suchen einen Elektroniker …"): the earliest, longest run of 1–4 words that is exactly an ESCO label.
/// </summary>
internal sealed class DescriptionScanner
{
    private const int Window = 600;
    private const int MaxWords = 4;
    private const double Confidence = 0.6;

    private readonly LabelIndex _index;

    public DescriptionScanner(LabelIndex index)
    {
        _index = index;
    }

    public OccupationMatch? Scan(string text, int language, string? employer = null)
    {
        var head = text.Length > Window ? text[..Window] : text;
        var words = TextFolding.Fold(head).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var employerWords = employer is null
            ? []
            : TextFolding.Fold(employer).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = Math.Min(MaxWords, words.Length - start); length >= 1; length--)
            {
                if (length == 1 && (words[start].Length < 3 || VagueTitles.IsVague(words[start])))
                {
                    continue;
                }

                if (employerWords.Count > 0 && NamesEmployer(words, start, length, employerWords))
                {
                    continue;
                }

                var candidate = string.Join(' ', words, start, length);
                var entries = _index.Exact(candidate);
                if (entries.Length == 0)
                {
                    continue;
                }

                var (entry, sameLanguage) = ExactChoice.Pick(_index, entries, language);
                if (length == 1 && (!sameLanguage || (words[start].Length < 6 && language < 0)))
                {
                    continue;
                }
                var concept = _index.Concepts[_index.Concept[entry]];
                return new OccupationMatch(concept.Uri, concept.Isco, concept.PreferredLabels, Confidence);
            }
        }

        return null;
    }

    private static bool NamesEmployer(string[] words, int start, int length, HashSet<string> employerWords)
    {
        for (var i = start; i < start + length; i++)
        {
            if (employerWords.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
