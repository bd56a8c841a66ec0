namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// A clause of a sentence (split at commas and "maar"/"aber"/"mais"/"but"), after bare language lists have been
/// joined to their neighbours. <see cref="Inherits"/> marks a clause without a language of its own that
/// continues the previous one ("…, schriftlich B1", "…, aber von Vorteil").
/// </summary>
internal sealed class ClauseSegment(bool startsWithContrast)
{
    public List<ClauseToken> Tokens { get; } = [];

    public bool StartsWithContrast { get; } = startsWithContrast;

    public bool HasLanguage => Tokens.Exists(t => t.Kind == TokenKind.Language && t.Language!.Value.Form != LanguageForm.Course);

    public bool HasModifier => Tokens.Exists(t => t.Kind is TokenKind.Level or TokenKind.Plus or TokenKind.Negation or TokenKind.Bilingual);

    /// <summary>Only language names, articles and conjunctions: a list item such as "Nederlands" or "Duits en Engels".</summary>
    public bool IsPureList => Tokens.TrueForAll(t => t.Kind is TokenKind.Language or TokenKind.Conjunction
        || (t.Kind == TokenKind.Filler && Articles.Contains(t.Folded)));

    private static readonly HashSet<string> Articles = new(
        ["de", "het", "der", "die", "das", "den", "le", "la", "l", "les", "du", "des", "d", "the", "een", "ein", "un", "une",
         "a", "an", "in", "im", "of", "ook", "auch", "aussi", "also"], StringComparer.Ordinal);

    public bool Inherits =>
        !HasLanguage && !Tokens.Exists(t => t.Kind == TokenKind.Course)
        && (Tokens.Exists(t => t.IsCode || t.Kind == TokenKind.Skill)
            || (StartsWithContrast && Tokens.Exists(t => t.Kind == TokenKind.Plus))
            || IsBareModifier);

    /// <summary>"Deutsch – fließend", "Englisch, von Vorteil": only level or "a plus" words, for the languages before.</summary>
    private bool IsBareModifier =>
        Tokens.Exists(t => t.Kind is TokenKind.Level or TokenKind.Plus)
        && Tokens.TrueForAll(t => t.Kind is TokenKind.Level or TokenKind.Plus or TokenKind.Filler);

    /// <summary>A bare list ending in "ook"/"auch"/"aussi"/"also"/"too": it repeats the previous clause's status.</summary>
    public bool Echoes =>
        HasLanguage && !HasModifier && IsPureList && Tokens[^1].Folded is "ook" or "auch" or "aussi" or "also" or "too";

    /// <summary>Appends <paramref name="other"/> after a list comma.</summary>
    public void Append(ClauseSegment other)
    {
        if (Tokens.Count > 0 && other.Tokens.Count > 0)
        {
            var at = Tokens[^1].End;
            Tokens.Add(new ClauseToken(TokenKind.Conjunction, at, at, ",", IsComma: true));
        }

        Tokens.AddRange(other.Tokens);
    }

    private static bool EndsWithLanguage(ClauseSegment segment) => segment.Tokens[^1].Kind == TokenKind.Language;

    /// <summary>"Duits en Engels op B2-niveau" after "…: Nederlands,": the comma continues a list of languages.</summary>
    private static bool StartsList(ClauseSegment segment)
    {
        var tokens = segment.Tokens;
        if (tokens[0].Kind != TokenKind.Language)
        {
            return false;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Conjunction)
            {
                return i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Language;
            }

            if (tokens[i].Kind is not (TokenKind.Filler or TokenKind.LanguageNoun))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Splits a sentence into clauses and joins bare language lists to the clause they belong to.</summary>
    public static List<ClauseSegment> Split(List<ClauseToken> sentence)
    {
        var raw = new List<ClauseSegment>();
        var current = new ClauseSegment(false);
        foreach (var token in sentence)
        {
            if (token.IsComma || token.Kind == TokenKind.Contrast)
            {
                if (current.Tokens.Count > 0)
                {
                    raw.Add(current);
                }

                current = new ClauseSegment(token.Kind == TokenKind.Contrast || (current.Tokens.Count == 0 && current.StartsWithContrast));
                continue;
            }

            current.Tokens.Add(token);
        }

        if (current.Tokens.Count > 0)
        {
            raw.Add(current);
        }

        var joined = new List<ClauseSegment>(raw.Count);
        foreach (var segment in raw)
        {
            var last = joined.Count > 0 ? joined[^1] : null;
            var bare = segment.HasLanguage && !segment.HasModifier && segment.IsPureList && !segment.Echoes;
            if (last is not null && !segment.StartsWithContrast && segment.HasLanguage && last.HasLanguage
                && (bare || (last.IsPureList && !last.HasModifier) || (EndsWithLanguage(last) && StartsList(segment))))
            {
                last.Append(segment);
                continue;
            }

            joined.Add(segment);
        }

        return joined;
    }
}
