using Lucene.Net.Analysis.Util;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// Splits a German compound into known parts when the parts cover the whole word ("altenpfleger" → alten + pfleger,
/// "berufskraftfahrer" → berufs + kraft + fahrer), allowing linking letters between parts and an inflection at the
/// end. A word that only contains a part ("elektroniker" contains "elektro") is not split, so a query for it does not
/// turn into a query for the part.
/// </summary>
internal static class GermanCompoundSplitter
{
    private const int MinPartLength = 4;
    private const int MaxParts = 5;

    private static readonly string[] Links = ["s", "es", "n", "en", "e"];
    private static readonly string[] Endings = ["r", "er", "n", "en", "e", "s", "in", "innen", "rin", "rinnen", "erin", "erinnen"];

    /// <summary>The parts, in order (at least two), or an empty list when the word is not a compound of known parts.</summary>
    public static IReadOnlyList<string> Split(string word, CharArraySet parts)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 2 * MinPartLength)
        {
            return [];
        }

        var result = new List<string>(MaxParts);
        return Segment(lower, 0, parts, result) && result.Count >= 2 ? result : [];
    }

    private static bool Segment(string word, int start, CharArraySet parts, List<string> result)
    {
        if (result.Count == MaxParts)
        {
            return false;
        }

        // Longest part first: "fachkraft" before "fach" + "kraft" gives fewer, more specific parts.
        for (var end = word.Length; end - start >= MinPartLength; end--)
        {
            if (!parts.Contains(word.ToCharArray(start, end - start)))
            {
                continue;
            }

            result.Add(word[start..end]);
            if (end == word.Length || IsEnding(word.AsSpan(end)))
            {
                return true;
            }

            if (Segment(word, end, parts, result))
            {
                return true;
            }

            foreach (var link in Links)
            {
                if (word.AsSpan(end).StartsWith(link, StringComparison.Ordinal) && Segment(word, end + link.Length, parts, result))
                {
                    return true;
                }
            }

            result.RemoveAt(result.Count - 1);
        }

        return false;
    }

    private static bool IsEnding(ReadOnlySpan<char> rest)
    {
        foreach (var ending in Endings)
        {
            if (rest.SequenceEqual(ending))
            {
                return true;
            }
        }

        return false;
    }
}
