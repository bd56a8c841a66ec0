using Lucene.Net.Analysis.Util;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// Splits a German compound into known parts when the parts cover the whole word ("altenpfleger" → alten + pfleger,
/// "berufskraftfahrer" → berufs + kraft + fahrer), allowing linking letters between parts and an inflection at the
/// end. A word that only contains a part ("elektroniker" contains "elektro") is not split, so a query for it does not
/// turn into a query for the part.
/// </summary>
/// <remarks>
/// Bounded work whatever the word: a word of more than <see cref="MaxWordLength"/> letters is not split (no German
/// word is that long; a query word of 7,900 letters took seconds here, one allocation per candidate part), candidate
/// parts are looked up without copying, and a position that cannot end a split at a given depth is remembered, so the
/// search over splits costs at most letters × parts × letters look-ups.
/// </remarks>
internal static class GermanCompoundSplitter
{
    private const int MinPartLength = 4;
    private const int MaxParts = 5;

    /// <summary>The longest word split ("Kraftfahrzeughaftpflichtversicherungsvertreter" has 46 letters).</summary>
    public const int MaxWordLength = 64;

    private static readonly string[] Links = ["s", "es", "n", "en", "e"];
    private static readonly string[] Endings = ["r", "er", "n", "en", "e", "s", "in", "innen", "rin", "rinnen", "erin", "erinnen"];

    /// <summary>The parts, in order (at least two), or an empty list when the word is not a compound of known parts.</summary>
    public static IReadOnlyList<string> Split(string word, CharArraySet parts)
    {
        if (word.Length < 2 * MinPartLength || word.Length > MaxWordLength)
        {
            return [];
        }

        var lower = word.ToLowerInvariant();
        var split = new Splitting(lower, parts);
        return split.Segment(0) && split.Result.Count >= 2 ? split.Result : [];
    }

    /// <summary>One word's search for a split, with the positions known not to lead to one.</summary>
    private sealed class Splitting(string word, CharArraySet parts)
    {
        private readonly char[] _letters = word.ToCharArray();
        private readonly HashSet<int> _deadEnds = [];

        public List<string> Result { get; } = new(MaxParts);

        public bool Segment(int start)
        {
            if (Result.Count == MaxParts)
            {
                return false;
            }

            // Whether the rest splits depends only on where it starts and how many parts are taken.
            var key = (start * (MaxParts + 1)) + Result.Count;
            if (_deadEnds.Contains(key))
            {
                return false;
            }

            // Longest part first: "fachkraft" before "fach" + "kraft" gives fewer, more specific parts.
            for (var end = word.Length; end - start >= MinPartLength; end--)
            {
                if (parts.Contains(_letters, start, end - start) && TryPart(start, end))
                {
                    return true;
                }
            }

            _deadEnds.Add(key);
            return false;
        }

        private bool TryPart(int start, int end)
        {
            Result.Add(word[start..end]);
            if (end == word.Length || IsEnding(word.AsSpan(end)) || Segment(end))
            {
                return true;
            }

            foreach (var link in Links)
            {
                if (word.AsSpan(end).StartsWith(link, StringComparison.Ordinal) && Segment(end + link.Length))
                {
                    return true;
                }
            }

            Result.RemoveAt(Result.Count - 1);
            return false;
        }
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
