using GrensJobs.Core.Languages;

namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// Reads the languages one clause asks for: attaches level words, "a plus" phrases and negations to the run of
/// languages they modify ("vloeiend Nederlands en Duits", "Deutsch (C1) und Englisch (B2)", "Engels is een pré").
/// </summary>
internal static partial class ClauseAnalyzer
{
    private const int MaxGapBefore = 4;
    private const int MaxGapAfter = 3;

    /// <summary>Adds the clause's mentions; <paramref name="lastRun"/> carries its languages to a continuing clause.</summary>
    public static void Analyze(
        string line, ClauseSegment clause, bool listSentence, string? postingLanguage, List<LanguageMention> mentions, List<string> lastRun)
    {
        var tokens = clause.Tokens;
        var evidence = line[tokens[0].Start..tokens[^1].End];
        var kinds = Classify(tokens);
        if (Array.IndexOf(kinds, TokenKind.Exclusion) >= 0)
        {
            lastRun.Clear();
            return;
        }

        if (clause.Echoes)
        {
            AnalyzeEcho(kinds, tokens, evidence, mentions, lastRun);
            return;
        }

        if (clause.Inherits)
        {
            AnalyzeContinuation(kinds, tokens, evidence, mentions, lastRun);
            return;
        }

        var counted = MentionCounting.Count(line, tokens, kinds, listSentence);
        ResolveTheLanguage(tokens, kinds, counted);
        var levels = new CefrLevel?[tokens.Count];
        var plus = new bool[tokens.Count];
        var negated = new bool[tokens.Count];
        var run = new List<int>();
        for (var m = 0; m < tokens.Count; m++)
        {
            if (kinds[m] is not (TokenKind.Level or TokenKind.Plus or TokenKind.Negation) || !FindTargets(tokens, kinds, counted, m, run, tokens[m].IsCode))
            {
                continue;
            }

            foreach (var target in run)
            {
                switch (kinds[m])
                {
                    case TokenKind.Level: levels[target] = Lower(levels[target], tokens[m].Level); break;
                    case TokenKind.Plus: plus[target] = true; break;
                    default: negated[target] = true; break;
                }
            }
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            // "neben Deutsch auch Niederländisch", "naast Nederlands ook Duits": the first language is a given.
            if (counted[i] && tokens[i - 1].Folded is "neben" or "naast" or "besides" or "outre")
            {
                plus[i] = false;
            }
        }

        var bilingual = new List<string>();
        var bilingualSeen = false;
        for (var b = 0; b < tokens.Count; b++)
        {
            if (kinds[b] != TokenKind.Bilingual)
            {
                continue;
            }

            bilingualSeen = true;
            if (FindTargets(tokens, kinds, counted, b, run))
            {
                foreach (var target in run)
                {
                    levels[target] = Lower(levels[target], CefrLevel.C1);
                    bilingual.Add(tokens[target].Language!.Value.Language);
                }
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (counted[i] && !negated[i])
            {
                mentions.Add(new LanguageMention(tokens[i].Language!.Value.Language, levels[i], !plus[i], evidence));
            }
        }

        if (bilingualSeen)
        {
            var clauseIsPlus = Array.IndexOf(kinds, TokenKind.Plus) >= 0;
            foreach (var language in BilingualCompletion(bilingual, postingLanguage))
            {
                mentions.Add(new LanguageMention(language, CefrLevel.C1, !clauseIsPlus, evidence));
            }
        }

        lastRun.Clear();
        var last = Array.LastIndexOf(counted, true);
        if (last >= 0)
        {
            CollectRun(tokens, kinds, counted, last, -1, allowLevels: false, run);
            lastRun.AddRange(run.Select(i => tokens[i].Language!.Value.Language));
        }
    }

    private static void AnalyzeContinuation(
        TokenKind[] kinds, List<ClauseToken> tokens, string evidence, List<LanguageMention> mentions, List<string> lastRun)
    {
        if (lastRun.Count == 0 || Array.IndexOf(kinds, TokenKind.Negation) >= 0)
        {
            return;
        }

        CefrLevel? level = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (kinds[i] == TokenKind.Level)
            {
                level = Lower(level, tokens[i].Level);
            }
        }

        var required = Array.IndexOf(kinds, TokenKind.Plus) < 0;
        foreach (var language in lastRun)
        {
            // "Niederländisch – von Vorteil": the plus turns the mention just made into a plus, not a second one.
            var barePlus = !required && level is null && Array.IndexOf(kinds, TokenKind.Skill) < 0;
            var previous = !barePlus ? -1 : mentions.FindLastIndex(m => string.Equals(m.Language, language, StringComparison.Ordinal));
            if (previous >= 0)
            {
                mentions[previous] = mentions[previous] with { Required = false };
                continue;
            }

            mentions.Add(new LanguageMention(language, level, required, evidence));
        }
    }

    /// <summary>"…, l'anglais aussi" / "…, Englisch auch": the languages take the previous clause's status.</summary>
    private static void AnalyzeEcho(
        TokenKind[] kinds, List<ClauseToken> tokens, string evidence, List<LanguageMention> mentions, List<string> lastRun)
    {
        if (lastRun.Count == 0 || mentions.Count == 0 || !lastRun.Contains(mentions[^1].Language))
        {
            return;
        }

        var required = mentions[^1].Required;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (kinds[i] == TokenKind.Language && tokens[i].Language!.Value.Form != LanguageForm.Course)
            {
                mentions.Add(new LanguageMention(tokens[i].Language!.Value.Language, null, required, evidence));
            }
        }
    }

    private static IEnumerable<string> BilingualCompletion(List<string> named, string? postingLanguage)
    {
        var distinct = named.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count >= 2)
        {
            yield break;
        }

        if (distinct.Count == 0)
        {
            if (postingLanguage is "nl" or "fr")
            {
                yield return "nl";
                yield return "fr";
            }

            yield break;
        }

        if (postingLanguage is not null && !string.Equals(postingLanguage, distinct[0], StringComparison.Ordinal))
        {
            yield return postingLanguage;
        }
        else if (distinct[0] is "nl" or "fr")
        {
            yield return distinct[0] == "nl" ? "fr" : "nl";
        }
    }

    /// <summary>Token kinds with level codes next to driving-licence words ("rijbewijs C1", "C1/CE") made plain words.</summary>
    private static TokenKind[] Classify(List<ClauseToken> tokens)
    {
        var kinds = new TokenKind[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            kinds[i] = tokens[i].Kind;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsCode && NearLicence(kinds, i))
            {
                kinds[i] = TokenKind.Other;
            }

            // "Engels is voldoende" / "Englisch ist ausreichend": the language suffices, no level is stated.
            if (kinds[i] == TokenKind.Level && i > 0 && tokens[i].Folded is "voldoende" or "ausreichend" or "sufficient"
                or "suffisant" or "suffisante" && (IsCopula(tokens[i - 1]) || (i == tokens.Count - 1 && tokens.Exists(IsCopula))))
            {
                kinds[i] = TokenKind.Cue;
            }

            // "in einem zweisprachigen Team", "environnement bilingue": the setting is bilingual, not the person.
            if (kinds[i] == TokenKind.Bilingual
                && ((i + 1 < tokens.Count && SettingNouns.Contains(tokens[i + 1].Folded)) || (i > 0 && SettingNouns.Contains(tokens[i - 1].Folded))))
            {
                kinds[i] = TokenKind.Other;
            }

            // French "en anglais" after a level or cue is a preposition, not Dutch "en" (and).
            if (i > 0 && i + 1 < tokens.Count && tokens[i].Folded == "en" && kinds[i + 1] == TokenKind.Language
                && kinds[i - 1] is TokenKind.Cue or TokenKind.Level or TokenKind.Other)
            {
                kinds[i] = TokenKind.Filler;
            }
        }

        return kinds;
    }

    private static bool IsCopula(ClauseToken token) => token.Folded is "is" or "ist" or "est" or "zijn" or "sind" or "sont";

    private static bool NearLicence(TokenKind[] kinds, int i)
    {
        for (var j = i + 1; j < kinds.Length && j <= i + 2; j++)
        {
            if (kinds[j] == TokenKind.Licence)
            {
                return true;
            }
        }

        for (var j = i - 1; j >= 0 && j >= i - 4; j--)
        {
            if (kinds[j] == TokenKind.Licence)
            {
                return true;
            }

            if (kinds[j] == TokenKind.Language)
            {
                return false;
            }
        }

        return false;
    }

    private static CefrLevel? Lower(CefrLevel? a, CefrLevel? b) =>
        a is null ? b : b is null ? a : (CefrLevel)Math.Min((int)a.Value, (int)b.Value);
}
