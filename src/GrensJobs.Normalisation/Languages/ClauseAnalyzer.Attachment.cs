namespace GrensJobs.Normalisation.Languages;

/// <summary>Which run of languages a modifier at a given position belongs to.</summary>
internal static partial class ClauseAnalyzer
{
    /// <summary>Fills <paramref name="run"/> with the languages the modifier at <paramref name="m"/> applies to.</summary>
    private static bool FindTargets(List<ClauseToken> tokens, TokenKind[] kinds, bool[] counted, int m, List<int> run, bool isCode = false)
    {
        var previous = -1;
        for (var j = m - 1; j >= 0; j--)
        {
            if (counted[j])
            {
                previous = j;
                break;
            }
        }

        var next = -1;
        for (var j = m + 1; j < kinds.Length; j++)
        {
            if (counted[j])
            {
                next = j;
                break;
            }
        }

        var (gapBefore, conjunctionBefore, _, _) = Between(kinds, previous, m, kinds[m]);
        var (gapAfter, conjunctionAfter, sameKindAfter, cueAfter) = Between(kinds, m, next, kinds[m]);
        var canPost = previous >= 0 && gapBefore <= MaxGapBefore && !conjunctionBefore;
        var canPre = next >= 0 && gapAfter <= MaxGapAfter && !conjunctionAfter && !sameKindAfter;
        if (canPost && canPre)
        {
            canPre = gapAfter < gapBefore || (gapAfter == gapBefore && cueAfter);
            canPost = !canPre;
        }

        var allowLevels = kinds[m] != TokenKind.Level;
        if (canPost || (!canPre && isCode && previous >= 0 && next < 0 && gapBefore <= MaxGapBefore))
        {
            CollectRun(tokens, kinds, counted, previous, -1, allowLevels, run);
            return true;
        }

        if (canPre)
        {
            CollectRun(tokens, kinds, counted, next, 1, allowLevels, run);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Between two positions: words that are not fillers, whether a conjunction separates them (one joining skill
    /// words, "written and spoken", does not),
    /// another modifier of the same kind further on, and a knowledge cue ("goede kennis van").
    /// </summary>
    private static bool IsKnowledge(ClauseToken token) => token.Language is { Form: LanguageForm.Knowledge };

    private static (int Gap, bool Conjunction, bool SameKind, bool Cue) Between(TokenKind[] kinds, int from, int to, TokenKind kind)
    {
        if (from < 0 || to < 0)
        {
            return (int.MaxValue, false, false, false);
        }

        var gap = 0;
        var conjunction = false;
        var sameKind = false;
        var cue = false;
        for (var j = from + 1; j < to; j++)
        {
            gap += kinds[j] is TokenKind.Other or TokenKind.Licence or TokenKind.Bilingual ? 1 : 0;
            conjunction |= kinds[j] == TokenKind.Conjunction
                && !(kinds[j - 1] == TokenKind.Skill && j + 1 < kinds.Length && kinds[j + 1] == TokenKind.Skill);
            sameKind |= kinds[j] == kind && gap > 0;
            cue |= kinds[j] == TokenKind.Cue;
        }

        return (gap, conjunction, sameKind, cue);
    }

    /// <summary>The languages joined to <paramref name="start"/> by conjunctions and articles only, walking in <paramref name="step"/>.</summary>
    /// <remarks>A knowledge compound closes its own phrase: "Deutschkenntnisse sowie Englischkenntnisse" are two runs,
    /// "Deutsch- und Englischkenntnisse" one.</remarks>
    private static void CollectRun(
        List<ClauseToken> tokens, TokenKind[] kinds, bool[] counted, int start, int step, bool allowLevels, List<int> run)
    {
        run.Clear();
        run.Add(start);
        if (step > 0 && IsKnowledge(tokens[start]))
        {
            return;
        }

        for (var j = start + step; j >= 0 && j < kinds.Length; j += step)
        {
            if (counted[j])
            {
                if (step < 0 && IsKnowledge(tokens[j]))
                {
                    break;
                }

                run.Add(j);
                if (step > 0 && IsKnowledge(tokens[j]))
                {
                    break;
                }
            }
            else if (kinds[j] is not (TokenKind.Filler or TokenKind.Conjunction or TokenKind.LanguageNoun or TokenKind.Language)
                && !(allowLevels && kinds[j] == TokenKind.Level))
            {
                break;
            }
        }
    }
}
