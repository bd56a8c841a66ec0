namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// Decides which language names in a clause are about the job's languages rather than customers, markets or
/// documents: "Duitse klanten", "German customers" and "clients néerlandais" do not count; "Deutsch in Wort und
/// Schrift", "de Duitse taal" and a bare list line "Nederlands, Engels" do.
/// </summary>
internal static class MentionCounting
{
    private static readonly HashSet<string> EnglishNames = new(
        ["dutch", "german", "french", "english", "spanish", "italian", "polish", "turkish", "arabic", "russian",
         "portuguese", "luxembourgish", "chinese", "mandarin", "flemish", "romanian"], StringComparer.Ordinal);

    private static readonly HashSet<string> FrenchNames = new(
        ["neerlandais", "allemand", "francais", "anglais", "espagnol", "italien", "polonais", "turc", "arabe", "russe",
         "portugais", "luxembourgeois", "chinois", "flamand", "roumain"], StringComparer.Ordinal);

    private static readonly HashSet<string> SearchWords = new(
        ["zoeken", "zoekt", "suchen", "sucht", "recherchons", "cherchons", "recherche", "looking", "seeking", "bent",
         "bist", "etes", "are"], StringComparer.Ordinal);

    private static readonly HashSet<string> ListNouns = new(
        ["talen", "sprachen", "langues", "languages", "sprachkenntnisse", "sprachkenntnissen", "taalkennis"],
        StringComparer.Ordinal);

    /// <summary>Marks the language tokens of <paramref name="tokens"/> that count as asked-for languages.</summary>
    public static bool[] Count(string line, List<ClauseToken> tokens, ReadOnlySpan<TokenKind> kinds, bool listSentence)
    {
        var counted = new bool[tokens.Count];
        var hasCue = false;
        var hasSearch = false;
        var hasLanguageContext = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = kinds[i];
            hasCue |= kind is TokenKind.Cue or TokenKind.LanguageNoun or TokenKind.Skill or TokenKind.Level
                or TokenKind.Plus or TokenKind.Bilingual or TokenKind.Negation
                || (kind == TokenKind.Language && tokens[i].Language!.Value.Form is LanguageForm.Knowledge or LanguageForm.Speaker);
            hasSearch |= SearchWords.Contains(tokens[i].Folded);
            hasLanguageContext |= kind is TokenKind.LanguageNoun or TokenKind.Bilingual or TokenKind.Level
                || ListNouns.Contains(tokens[i].Folded);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (kinds[i] != TokenKind.Language)
            {
                continue;
            }

            counted[i] = tokens[i].Language!.Value.Form switch
            {
                LanguageForm.Knowledge or LanguageForm.Speaker => true,
                LanguageForm.Course => false,
                LanguageForm.Inflected => NextToLanguageNoun(tokens, kinds, i),
                LanguageForm.SpeakerInflected => hasSearch || hasLanguageContext,
                LanguageForm.Code => hasLanguageContext,
                _ => (hasCue || listSentence) && !IsAttributive(line, tokens, kinds, i),
            };
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (kinds[i] != TokenKind.Course)
            {
                continue;
            }

            for (var j = Math.Max(0, i - 3); j < tokens.Count && j <= i + 3; j++)
            {
                counted[j] = false;
            }
        }

        return counted;
    }

    /// <summary>"German customers", "clients néerlandais": the name qualifies a noun written right next to it.</summary>
    private static bool IsAttributive(string line, List<ClauseToken> tokens, ReadOnlySpan<TokenKind> kinds, int i)
    {
        var folded = tokens[i].Folded;
        if (EnglishNames.Contains(folded))
        {
            return i + 1 < tokens.Count && kinds[i + 1] == TokenKind.Other && OnlySpaceBetween(line, tokens[i], tokens[i + 1]);
        }

        return FrenchNames.Contains(folded) && i > 0 && kinds[i - 1] == TokenKind.Other && OnlySpaceBetween(line, tokens[i - 1], tokens[i]);
    }

    private static bool OnlySpaceBetween(string line, ClauseToken first, ClauseToken second) =>
        first.End <= second.Start && line.AsSpan(first.End, second.Start - first.End).IsWhiteSpace();

    private static bool NextToLanguageNoun(List<ClauseToken> tokens, ReadOnlySpan<TokenKind> kinds, int i)
    {
        for (var j = i + 1; j < tokens.Count && j <= i + 4; j++)
        {
            if (kinds[j] == TokenKind.LanguageNoun)
            {
                return true;
            }

            if (kinds[j] is not (TokenKind.Filler or TokenKind.Conjunction or TokenKind.Language))
            {
                break;
            }
        }

        for (var j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            if (kinds[j] == TokenKind.LanguageNoun)
            {
                return true;
            }

            if (j == i - 1 && tokens[i].Folded.EndsWith("en", StringComparison.Ordinal)
                && tokens[j].Folded is "im" or "ins" or "des" or "dem")
            {
                return true;
            }

            if (kinds[j] is not (TokenKind.Filler or TokenKind.Conjunction or TokenKind.Language))
            {
                break;
            }
        }

        return false;
    }
}
