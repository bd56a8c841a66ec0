using System.Globalization;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GrensJobs.Normalisation.Analysis;

/// <summary>
/// The word list for German decompounding, built from the ESCO German labels: frequent word starts and ends of at
/// least four letters at which compounds are joined ("alten", "pflege", "fach", "kraft", "beruf", "fahrer", "lager",
/// "schweiß").
/// </summary>
internal static class GermanCompoundParts
{
    private const int MinPartLength = 4;
    private const int MinRestLength = 3;
    private const int MinWords = 3;
    private const int MinDistinctNeighbours = 3;
    private const int MaxGluedLetters = 3;

    /// <summary>Reads <c>esco/occupations.csv</c> (columns pref_de, alt_de) under <paramref name="seedsDirectory"/>.</summary>
    public static CharArraySet Load(string seedsDirectory)
    {
        var labels = new List<string>();
        foreach (var row in SeedCsv.ReadRows(Path.Combine(seedsDirectory, "esco", "occupations.csv")))
        {
            if (row.Length > 6)
            {
                labels.Add(row[5]);
                labels.Add(row[6]);
            }
        }

        return new CharArraySet(LuceneVersion.LUCENE_48, Build(labels), ignoreCase: true);
    }

    /// <summary>The parts found in <paramref name="labels"/>, lower-cased.</summary>
    /// <remarks>
    /// A word start (or end) is a part when at least <see cref="MinWords"/> label words begin (end) with it and the
    /// letters that follow (precede) it are diverse: "pflege" is followed by "f", "h", "d", …, while "pfleg" is nearly
    /// always followed by "e", so a word boundary lies after "pflege", not after "pfleg".
    /// </remarks>
    public static IReadOnlyCollection<string> Build(IEnumerable<string> labels)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            all.UnionWith(Words(label));
        }

        var words = all.Where(w => w.Length >= MinPartLength && !IsFeminineForm(w, all)).ToList();
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            for (var length = MinPartLength; length <= word.Length; length++)
            {
                starts[word[..length]] = starts.GetValueOrDefault(word[..length]) + 1;
            }
        }

        // Only splits whose other side begins other words ("alten|pflege…", "lehr|kraft") count as evidence, and a
        // word end is a part only when words also begin with it ("kraft", "fahrer"; not the ending "cker").
        bool BeginsWords(string text) => text.Length >= MinPartLength && starts.GetValueOrDefault(text[..MinPartLength]) >= MinWords;
        bool IsWordStart(string text) => starts.GetValueOrDefault(text) >= 2;

        var following = new Dictionary<string, Neighbours>(StringComparer.Ordinal);
        var preceding = new Dictionary<string, Neighbours>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            for (var length = MinPartLength; length <= word.Length - MinRestLength; length++)
            {
                var rest = word[length..];
                if (BeginsWords(rest) || (rest[0] == 's' && BeginsWords(rest[1..])))
                {
                    Neighbours.Of(following, word[..length]).Add(word[length]);
                }

                var left = word[..^length];
                if (IsWordStart(left) || (left.EndsWith('s') && IsWordStart(left[..^1])))
                {
                    Neighbours.Of(preceding, word[^length..]).Add(word[^(length + 1)]);
                }
            }
        }

        var stopWords = GermanAnalyzer.DefaultStopSet;
        var result = new HashSet<string>(StringComparer.Ordinal);
        result.UnionWith(following.Where(p => p.Value.IsBoundary).Select(p => p.Key));
        result.UnionWith(preceding.Where(p => p.Value.IsBoundary && starts.ContainsKey(p.Key)).Select(p => p.Key));

        // "berufs" (Berufskraftfahrer, Berufsberater) also gives "beruf" without its linking s.
        result.UnionWith(result.Where(w => w.Length > MinPartLength && w.EndsWith('s')).Select(w => w[..^1]).ToList());
        result.RemoveWhere(stopWords.Contains);

        // "ungskraft", "enfahrer": a part with up to three letters of the word before glued on; keep only the part.
        result.RemoveWhere(w => Enumerable.Range(1, MaxGluedLetters).Any(n => w.Length - n >= MinPartLength && result.Contains(w[n..])));
        return result;
    }

    /// <summary>"schweißerin" when "schweißer" is a word too.</summary>
    private static bool IsFeminineForm(string word, HashSet<string> words) =>
        (word.EndsWith("innen", StringComparison.Ordinal) && words.Contains(word[..^5]))
        || (word.EndsWith("in", StringComparison.Ordinal) && words.Contains(word[..^2]));

    private static IEnumerable<string> Words(string label)
    {
        var start = -1;
        for (var i = 0; i <= label.Length; i++)
        {
            var isLetter = i < label.Length && char.IsLetter(label[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return label[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }

    /// <summary>How many words share a word start (end), and which letters follow (precede) it.</summary>
    private sealed class Neighbours
    {
        private readonly HashSet<char> _letters = [];
        private int _words;

        public bool IsBoundary => _words >= MinWords && _letters.Count >= MinDistinctNeighbours;

        public static Neighbours Of(Dictionary<string, Neighbours> table, string key)
        {
            if (!table.TryGetValue(key, out var neighbours))
            {
                neighbours = new Neighbours();
                table[key] = neighbours;
            }

            return neighbours;
        }

        public void Add(char letter)
        {
            _words++;
            _letters.Add(letter);
        }
    }
}
