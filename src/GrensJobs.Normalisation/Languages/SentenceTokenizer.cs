namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// Splits a line into sentences and each sentence into classified tokens: language names, level words,
/// "a plus" phrases, negations, cues; multi-word phrases are matched longest first.
/// </summary>
internal static class SentenceTokenizer
{
    /// <summary>A run-on "sentence" longer than this is cut, which keeps clause analysis linear on junk input.</summary>
    private const int MaxWordsPerSentence = 120;

    private static readonly string[] Abbreviations = ["bzw", "ca", "evt", "incl", "inkl", "usw", "resp", "bijv", "nr", "min", "mind", "max", "etc", "zb", "ggf", "evtl", "vgl", "mtl", "bzgl", "inkl", "excl", "vs"];

    /// <summary>Tokenises <paramref name="line"/>, adding one token list per sentence to <paramref name="sentences"/>.</summary>
    public static void Tokenize(string line, List<List<ClauseToken>> sentences)
    {
        var words = new List<(int Start, int End, string Folded)>();
        var current = new List<ClauseToken>();
        Span<char> buffer = stackalloc char[WordFolder.MaxLength];
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < line.Length && char.IsLetterOrDigit(line[i]))
                {
                    i++;
                }

                var length = WordFolder.Fold(line.AsSpan(start, i - start), buffer);
                words.Add((start, i, length < 0 ? string.Empty : new string(buffer[..length])));
                if (words.Count >= MaxWordsPerSentence)
                {
                    Classify(line, words, current);
                    Flush(current, sentences);
                    words.Clear();
                }

                continue;
            }

            if (c is ',' or '–' or '—' || (c == '-' && IsSpaced(line, i)))
            {
                words.Add((i, i + 1, ","));
            }
            else if (c is '.' or ';' or '!' or '?' && IsSentenceEnd(line, i, words))
            {
                Classify(line, words, current);
                Flush(current, sentences);
                words.Clear();
            }

            i++;
        }

        Classify(line, words, current);
        Flush(current, sentences);
    }

    private static bool IsSpaced(string line, int i) =>
        (i == 0 || char.IsWhiteSpace(line[i - 1])) && (i + 1 >= line.Length || char.IsWhiteSpace(line[i + 1]));

    private static void Flush(List<ClauseToken> current, List<List<ClauseToken>> sentences)
    {
        if (current.Count > 0)
        {
            sentences.Add([.. current]);
            current.Clear();
        }
    }

    private static bool IsSentenceEnd(string line, int index, List<(int Start, int End, string Folded)> words)
    {
        if (line[index] != '.')
        {
            return true;
        }

        if (index + 1 < line.Length && !char.IsWhiteSpace(line[index + 1]))
        {
            return false;
        }

        if (words.Count == 0 || words[^1].End != index)
        {
            return true;
        }

        var last = words[^1].Folded;
        return last.Length > 1 && !char.IsAsciiDigit(last[0]) && Array.IndexOf(Abbreviations, last) < 0;
    }

    private static void Classify(string line, List<(int Start, int End, string Folded)> words, List<ClauseToken> tokens)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end, folded) = words[w];
            if (folded == ",")
            {
                tokens.Add(new ClauseToken(TokenKind.Conjunction, start, end, folded, IsComma: true));
                continue;
            }

            if (LanguageLexicon.TryMatch(folded, line.AsSpan(start, end - start), out var language))
            {
                tokens.Add(new ClauseToken(TokenKind.Language, start, end, folded, language));
                continue;
            }

            var matched = MatchPhrase(words, w);
            if (matched is null)
            {
                // "Konzernsprache", "werktaal", "bedrijfstaal": compounds naming a language of work.
                var isLanguageNoun = folded.Length > 7
                    && (folded.EndsWith("sprache", StringComparison.Ordinal) || folded.EndsWith("taal", StringComparison.Ordinal));
                var kind = isLanguageNoun ? TokenKind.LanguageNoun : IsApplication(folded) ? TokenKind.Exclusion : TokenKind.Other;
                tokens.Add(new ClauseToken(kind, start, end, folded));
                continue;
            }

            var last = w + matched.Words.Length - 1;
            tokens.Add(new ClauseToken(matched.Kind, start, words[last].End, folded, Level: matched.Level));
            w = last;
        }
    }

    /// <summary>"Bewerbungen", "sollicitatiebrief", "postulez": the clause is about applying, not about the job.</summary>
    private static bool IsApplication(string folded) =>
        folded.StartsWith("bewerb", StringComparison.Ordinal) || folded.StartsWith("sollicit", StringComparison.Ordinal)
        || folded.StartsWith("postul", StringComparison.Ordinal) || folded.StartsWith("candidature", StringComparison.Ordinal)
        || folded.StartsWith("application", StringComparison.Ordinal);

    private static VocabularyEntry? MatchPhrase(List<(int Start, int End, string Folded)> words, int at)
    {
        foreach (var entry in RequirementVocabulary.StartingWith(words[at].Folded))
        {
            if (at + entry.Words.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < entry.Words.Length && all; k++)
            {
                all = string.Equals(words[at + k].Folded, entry.Words[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return entry;
            }
        }

        return null;
    }
}
