using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// Every folded ESCO label (preferred halves and alternatives, all four languages) with its concept, language and
/// trigrams: an exact-label table, a trigram inverted index with IDF weights, and the sorted word vocabulary.
/// </summary>
internal sealed class LabelIndex
{
    private readonly Dictionary<string, int> _exactFirst;
    private readonly int[] _exactNext;
    private readonly string[] _vocabulary;
    private readonly Dictionary<string, List<int>> _wordEntries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _wordCounts;

    public LabelIndex(EscoCatalog catalog, bool useAliases = true)
    {
        Catalog = catalog;
        var concepts = new List<int>(100_000);
        var languages = new List<byte>(100_000);
        var preferred = new List<bool>(100_000);
        var texts = new List<string>(100_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < catalog.Concepts.Count; c++)
        {
            var concept = catalog.Concepts[c];
            for (var lang = 0; lang < EscoLanguages.Count; lang++)
            {
                seen.Clear();
                var prefForms = concept.PreferredForms[lang];
                foreach (var label in concept.Labels[lang])
                {
                    var folded = TextFolding.Fold(label);
                    if (folded.Length == 0 || !seen.Add(folded))
                    {
                        continue;
                    }

                    concepts.Add(c);
                    languages.Add((byte)lang);
                    preferred.Add(prefForms.Contains(label));
                    texts.Add(folded);
                }
            }
        }

        var firstAlias = texts.Count;
        var positions = new Dictionary<string, int>(catalog.Concepts.Count, StringComparer.Ordinal);
        if (useAliases)
        {
            for (var c = 0; c < catalog.Concepts.Count; c++)
            {
                positions[catalog.Concepts[c].Uri] = c;
            }

            // An alias never overrides an ESCO label of the same text and language: it may choose among the concepts
            // ESCO gives that label ("verpleegkundige"), never send it to another one.
            var escoLabels = new Dictionary<(byte, string), List<int>>(texts.Count);
            for (var e = 0; e < texts.Count; e++)
            {
                if (!escoLabels.TryGetValue((languages[e], texts[e]), out var owners))
                {
                    escoLabels[(languages[e], texts[e])] = owners = new List<int>(1);
                }

                owners.Add(concepts[e]);
            }

            foreach (var alias in catalog.Aliases)
            {
                if (positions.TryGetValue(alias.ConceptUri, out var c)
                    && (!escoLabels.TryGetValue(((byte)alias.Language, TextFolding.Fold(alias.Title)), out var owners) || owners.Contains(c)))
                {
                    concepts.Add(c);
                    languages.Add((byte)alias.Language);
                    preferred.Add(true);
                    texts.Add(TextFolding.Fold(alias.Title));
                }
            }
        }

        FirstAlias = firstAlias;
        _wordCounts = CountWords(texts);

        // ISCO-08 minor and unit groups as candidates of their own ("kitchen helpers", "car, taxi and van
        // drivers"): a group is the answer when it fits a title better than any of its occupations.
        var all = new List<EscoConcept>(catalog.Concepts);
        FirstGroupEntry = texts.Count;
        foreach (var group in catalog.IscoGroups.Values.Where(g => g.Level >= 3).OrderBy(g => g.Code, StringComparer.Ordinal))
        {
            var concept = IscoGroupConcept.Of(group);
            for (var lang = 0; lang < EscoLanguages.Count; lang++)
            {
                var label = group.Labels.GetValueOrDefault(EscoLanguages.Codes[lang]) ?? string.Empty;
                var folded = Singular(TextFolding.Fold(label));
                if (folded.Length > 0)
                {
                    concepts.Add(all.Count);
                    languages.Add((byte)lang);
                    preferred.Add(true);
                    texts.Add(folded);
                }
            }

            all.Add(concept);
        }

        Concepts = all;
        Concept = [.. concepts];
        Language = [.. languages];
        Preferred = [.. preferred];
        Text = [.. texts];
        var count = Text.Length;
        Grams = new int[count][];
        Heads = new int[count][];
        Norm = new float[count];
        var df = new int[Trigrams.Space];
        var words = new HashSet<string>(StringComparer.Ordinal);
        var wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactFirst = new Dictionary<string, int>(count, StringComparer.Ordinal);
        _exactNext = new int[count];
        for (var e = 0; e < count; e++)
        {
            var grams = Trigrams.Of(Text[e]);
            Grams[e] = grams;
            Heads[e] = Trigrams.OfTail(HeadWord.Of(Text[e], Language[e]), HeadWord.Tail);
            foreach (var g in grams)
            {
                df[g]++;
            }

            var text = Text[e].AsSpan();
            foreach (var range in text.Split(' '))
            {
                if (!wordLookup.Contains(text[range]))
                {
                    words.Add(text[range].ToString());
                }

                var word = text[range].ToString();
                if (!_wordEntries.TryGetValue(word, out var list))
                {
                    _wordEntries[word] = list = new List<int>(2);
                }

                list.Add(e);
            }

            // chain the entries of one text: first → next → … → -1, in entry order
            _exactNext[e] = -1;
            if (_exactFirst.TryGetValue(Text[e], out var first))
            {
                var last = first;
                while (_exactNext[last] >= 0)
                {
                    last = _exactNext[last];
                }

                _exactNext[last] = e;
            }
            else
            {
                _exactFirst[Text[e]] = e;
            }
        }

        Df = df;
        Idf2 = new float[Trigrams.Space];
        for (var g = 0; g < df.Length; g++)
        {
            if (df[g] > 0)
            {
                var idf = Math.Log((double)count / df[g]) + 0.5;
                Idf2[g] = (float)(idf * idf);
            }
        }

        var postings = new int[Trigrams.Space][];
        var fill = new int[Trigrams.Space];
        for (var g = 0; g < df.Length; g++)
        {
            postings[g] = df[g] == 0 ? [] : new int[df[g]];
        }

        for (var e = 0; e < count; e++)
        {
            var sum = 0.0;
            foreach (var g in Grams[e])
            {
                postings[g][fill[g]++] = e;
                sum += Idf2[g];
            }

            Norm[e] = (float)Math.Sqrt(sum);
        }

        Postings = postings;
        var preferredEntries = new List<int>[all.Count];
        for (var e = 0; e < count; e++)
        {
            if (Preferred[e])
            {
                (preferredEntries[Concept[e]] ??= new List<int>(8)).Add(e);
            }
        }

        PreferredEntries = [.. preferredEntries.Select(l => l is null ? Array.Empty<int>() : l.ToArray())];
        _vocabulary = [.. words];
        Array.Sort(_vocabulary, StringComparer.Ordinal);
    }

    public EscoCatalog Catalog { get; }

    /// <summary>The ESCO occupations (positions as in <see cref="EscoCatalog.Concepts"/>), then the ISCO-08 groups of levels 3 and 4.</summary>
    public IReadOnlyList<EscoConcept> Concepts { get; }

    /// <summary>Entries from this position on are ISCO-08 group labels.</summary>
    public int FirstGroupEntry { get; }

    /// <summary>Whether a label entry is an ISCO-08 group's label.</summary>
    public bool IsGroupEntry(int entry) => entry >= FirstGroupEntry;

    /// <summary>Whether a concept position is an ISCO-08 group rather than an occupation.</summary>
    public bool IsGroup(int concept) => concept >= Catalog.Concepts.Count;

    /// <summary>Concept position (in <see cref="EscoCatalog.Concepts"/>) of each label entry.</summary>
    public int[] Concept { get; }

    public byte[] Language { get; }

    public bool[] Preferred { get; }

    public string[] Text { get; }

    public int[][] Grams { get; }

    public int[][] Heads { get; }

    public float[] Norm { get; }

    public int[] Df { get; }

    public float[] Idf2 { get; }

    public int[][] Postings { get; }

    /// <summary>Per concept position: its preferred-label entries in every language.</summary>
    public int[][] PreferredEntries { get; }

    public int Count => Text.Length;

    /// <summary>Entries from this position on come from the title aliases, not from ESCO.</summary>
    public int FirstAlias { get; }

    public bool IsAlias(int entry) => entry >= FirstAlias && entry < FirstGroupEntry;

    /// <summary>Label entries whose folded text is exactly <paramref name="folded"/>.</summary>
    public int[] Exact(string folded)
    {
        if (!_exactFirst.TryGetValue(folded, out var e))
        {
            return [];
        }

        var entries = new List<int>(4);
        for (; e >= 0; e = _exactNext[e])
        {
            entries.Add(e);
        }

        return [.. entries];
    }

    /// <summary>
    /// Plural words made singular where the singular is the more frequent label word: "welders" → "welder",
    /// "nurseries" → "nursery", "chauffeurs" → "chauffeur"; "sales" (more frequent than "sale") stays.
    /// </summary>
    public string Singular(string folded)
    {
        if (folded.IndexOf('s', StringComparison.Ordinal) < 0)
        {
            return folded;
        }

        var words = folded.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 4 || word[^1] != 's' || word[^2] == 's')
            {
                continue;
            }

            var plural = _wordCounts.GetValueOrDefault(word);
            foreach (var singular in SingularForms(word))
            {
                if (_wordCounts.GetValueOrDefault(singular) > plural)
                {
                    words[i] = singular;
                    changed = true;
                    break;
                }
            }
        }

        return changed ? string.Join(' ', words) : folded;
    }

    private static Dictionary<string, int> CountWords(List<string> texts)
    {
        var counts = new Dictionary<string, int>(40_000, StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    private static IEnumerable<string> SingularForms(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        yield return word[..^1];
    }

    /// <summary>True when a folded word is an ESCO label word or the start of one ("metallbau" → "metallbauer").</summary>
    public bool IsLabelWord(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        var at = Array.BinarySearch(_vocabulary, word, StringComparer.Ordinal);
        if (at >= 0)
        {
            return true;
        }

        var next = ~at;
        if (next < _vocabulary.Length && _vocabulary[next].StartsWith(word, StringComparison.Ordinal))
        {
            return true;
        }

        // "bauingenieurwesen" starts with the label word "bauingenieur"
        for (var length = word.Length - 1; length >= 6; length--)
        {
            if (Array.BinarySearch(_vocabulary, word[..length], StringComparer.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per concept, how many of its label entries (in <paramref name="language"/>, or any language when it has none)
    /// contain a word starting with <paramref name="prefix"/>.
    /// </summary>
    public Dictionary<int, int> ConceptsWithWordStarting(string prefix, int language)
    {
        var counts = new Dictionary<int, int>();
        var from = Array.BinarySearch(_vocabulary, prefix, StringComparer.Ordinal);
        from = from < 0 ? ~from : from;
        for (var w = from; w < _vocabulary.Length && _vocabulary[w].StartsWith(prefix, StringComparison.Ordinal); w++)
        {
            if (!_wordEntries.TryGetValue(_vocabulary[w], out var entries))
            {
                continue;
            }

            foreach (var e in entries)
            {
                if (language < 0 || Language[e] == language)
                {
                    counts[Concept[e]] = counts.GetValueOrDefault(Concept[e]) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>IDF-weighted cosine of a query's trigrams with label entry <paramref name="e"/>.</summary>
    public double Cosine(int[] queryGrams, double queryNorm, int e)
    {
        var grams = Grams[e];
        int i = 0, j = 0;
        var dot = 0.0;
        while (i < queryGrams.Length && j < grams.Length)
        {
            if (queryGrams[i] == grams[j])
            {
                dot += Idf2[grams[j]];
                i++;
                j++;
            }
            else if (queryGrams[i] < grams[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot <= 0 ? 0 : dot / (queryNorm * Norm[e]);
    }

    /// <summary>The norm of a query's trigram vector under this index's weights.</summary>
    public double NormOf(int[] queryGrams)
    {
        var sum = 0.0;
        foreach (var g in queryGrams)
        {
            sum += Idf2[g] > 0 ? Idf2[g] : MaxIdf2;
        }

        return Math.Sqrt(sum);
    }

    private float MaxIdf2 => (float)Math.Pow(Math.Log(Count) + 0.5, 2);
}
