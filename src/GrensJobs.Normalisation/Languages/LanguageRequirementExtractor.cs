using GrensJobs.Core.Languages;

namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// Reads the languages a vacancy asks for from its clean plain text, per CONTRACTS.md "Language requirements":
/// one entry per language with a CEFR level (or null) and whether it is required or only a plus.
/// Lines without a language name are skipped after one allocation-free scan.
/// </summary>
internal sealed class LanguageRequirementExtractor
{
    /// <summary>The languages <paramref name="text"/> asks for; <paramref name="postingLanguage"/> completes "tweetalig".</summary>
    public IReadOnlyList<LanguageRequirement> Extract(string text, string? postingLanguage)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<LanguageMention>? mentions = null;
        var plusSection = false;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var heading = IsHeading(line);
            if (MentionsLanguage(line))
            {
                mentions ??= [];
                var first = mentions.Count;
                ReadLine(text[lineStart..lineEnd], postingLanguage, mentions);
                for (var i = first; plusSection && !heading && i < mentions.Count; i++)
                {
                    mentions[i] = mentions[i] with { Required = false };
                }
            }

            if (heading)
            {
                plusSection = IsPlusHeading(text[lineStart..lineEnd]);
            }

            lineStart = lineEnd + 1;
        }

        return mentions is null ? [] : Merge(mentions);
    }

    /// <summary>True when the line holds a language name or a "bilingual" word; no allocation.</summary>
    internal static bool MentionsLanguage(ReadOnlySpan<char> line)
    {
        Span<char> buffer = stackalloc char[WordFolder.MaxLength];
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && char.IsLetterOrDigit(line[i]))
            {
                i++;
            }

            var length = i - start;
            if (length < 4 && (length != 2 || !char.IsUpper(line[start]) || !char.IsUpper(line[start + 1])))
            {
                continue;
            }

            var folded = WordFolder.Fold(line.Slice(start, length), buffer);
            if (folded > 0 && (LanguageLexicon.TryMatch(buffer[..folded], line.Slice(start, length), out _)
                || BilingualWords.Contains(buffer[..folded])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line ending in ':' or '?' ("Pluspunten:", "Von Vorteil:", "Wat vragen wij?") opens a section.</summary>
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        return line.Length is > 0 and <= 60 && line[^1] is ':' or '?';
    }

    /// <summary>"Pluspunten:", "Von Vorteil:", "Atouts :", "Nice to have:": the list below names languages that are a plus.</summary>
    private static bool IsPlusHeading(string line)
    {
        var sentences = new List<List<ClauseToken>>();
        SentenceTokenizer.Tokenize(line, sentences);
        var tokens = sentences.SelectMany(s => s).ToList();
        return tokens.Exists(t => t.Kind == TokenKind.Plus)
            && tokens.Count(t => t.Kind is not (TokenKind.Plus or TokenKind.Filler or TokenKind.Conjunction)) <= 1
            && !tokens.Exists(t => t.Kind is TokenKind.Language or TokenKind.Negation);
    }

    private static void ReadLine(string line, string? postingLanguage, List<LanguageMention> mentions)
    {
        var sentences = new List<List<ClauseToken>>();
        SentenceTokenizer.Tokenize(line, sentences);
        var lastRun = new List<string>();
        var previousSentenceStart = mentions.Count;
        foreach (var sentence in sentences)
        {
            if (RefersBackAsPlus(sentence))
            {
                // "Spreek je Pools? Dat is een meerwaarde." — the question named a plus, not a requirement.
                for (var i = previousSentenceStart; i < mentions.Count; i++)
                {
                    mentions[i] = mentions[i] with { Required = false };
                }

                continue;
            }

            var listSentence = sentence.TrueForAll(t => t.Kind is TokenKind.Language or TokenKind.Filler
                or TokenKind.Conjunction or TokenKind.Level or TokenKind.Plus or TokenKind.LanguageNoun or TokenKind.Skill);
            lastRun.Clear();
            previousSentenceStart = mentions.Count;
            var previousWasBarePlus = false;
            foreach (var clause in ClauseSegment.Split(sentence))
            {
                var clauseStart = mentions.Count;
                ClauseAnalyzer.Analyze(line, clause, listSentence, postingLanguage, mentions, lastRun);
                if (previousWasBarePlus && StartsWithLikewise(clause.Tokens))
                {
                    // "Kennis van SAP is een pré, net als kennis van de Duitse taal": the same status as the clause before.
                    for (var i = clauseStart; i < mentions.Count; i++)
                    {
                        mentions[i] = mentions[i] with { Required = false };
                    }
                }

                previousWasBarePlus = clause.Tokens.Exists(t => t.Kind == TokenKind.Plus) && !clause.HasLanguage;
            }

        }
    }

    private static bool StartsWithLikewise(List<ClauseToken> tokens) =>
        tokens.Count > 1 && (tokens[0].Folded is "evenals" or "ebenso" or "genauso" or "likewise"
            || (tokens[0].Folded, tokens[1].Folded) is ("net", "als") or ("tout", "comme") or ("just", "like") or ("de", "meme") or ("so", "wie"));

    private static bool RefersBackAsPlus(List<ClauseToken> sentence) =>
        sentence.Exists(t => t.Kind == TokenKind.Plus)
        && !sentence.Exists(t => t.Kind == TokenKind.Language)
        && (sentence.Exists(t => t.Folded is "dat" or "dit" or "das" or "dies" or "cela" or "ca" or "c" or "that" or "this" or "it")
            || sentence.TrueForAll(t => t.Kind is TokenKind.Plus or TokenKind.Filler));

    /// <summary>One entry per language: required if any mention requires it, with that mention's level.</summary>
    private static List<LanguageRequirement> Merge(List<LanguageMention> mentions)
    {
        var best = new List<LanguageMention>();
        foreach (var mention in mentions)
        {
            var index = best.FindIndex(b => string.Equals(b.Language, mention.Language, StringComparison.Ordinal));
            if (index < 0)
            {
                best.Add(mention);
            }
            else if (IsBetter(mention, best[index]))
            {
                best[index] = mention;
            }
        }

        return best.ConvertAll(m => new LanguageRequirement(m.Language, m.Level, m.Required, m.Evidence));
    }

    private static bool IsBetter(LanguageMention candidate, LanguageMention current)
    {
        if (candidate.Required != current.Required)
        {
            return candidate.Required;
        }

        if (candidate.Level is null || current.Level is null)
        {
            return current.Level is null && candidate.Level is not null;
        }

        return candidate.Level < current.Level;
    }
}
