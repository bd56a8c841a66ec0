namespace GrensJobs.Normalisation.Languages;

/// <summary>Words that refer to a language named elsewhere, and settings that are bilingual rather than people.</summary>
internal static partial class ClauseAnalyzer
{
    /// <summary>
    /// "affiniteit met de Duitse markt en spreekt de taal vloeiend": with no language counted, "the language" after
    /// a cue or level word stands for the one language named earlier in the clause.
    /// </summary>
    private static void ResolveTheLanguage(List<ClauseToken> tokens, TokenKind[] kinds, bool[] counted)
    {
        if (Array.IndexOf(counted, true) >= 0)
        {
            return;
        }

        LanguageWord? named = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (kinds[i] == TokenKind.Language && tokens[i].Language!.Value.Form != LanguageForm.Course)
            {
                if (named is { } seen && !string.Equals(seen.Language, tokens[i].Language!.Value.Language, StringComparison.Ordinal))
                {
                    return;
                }

                named = tokens[i].Language;
                continue;
            }

            if (named is not null && kinds[i] == TokenKind.LanguageNoun && i > 0
                && tokens[i - 1].Folded is "de" or "die" or "la" or "l" or "the" or "der" or "le"
                && Array.Exists(kinds, k => k is TokenKind.Level or TokenKind.Cue))
            {
                tokens[i] = tokens[i] with { Kind = TokenKind.Language, Language = named.Value with { Form = LanguageForm.Base } };
                kinds[i] = TokenKind.Language;
                counted[i] = true;
                return;
            }
        }
    }

    private static readonly HashSet<string> SettingNouns = new(
        ["team", "teams", "omgeving", "werkomgeving", "bedrijf", "organisatie", "regio", "grensregio", "umfeld",
         "arbeitsumfeld", "umgebung", "unternehmen", "region", "grenzregion", "environment", "company", "organisation",
         "organization", "office", "environnement", "equipe", "entreprise", "societe", "cadre", "kantoor", "buro"],
        StringComparer.Ordinal);
}
