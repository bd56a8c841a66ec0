using System.Collections.Frozen;

namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// Detects whether a vacancy is written in Dutch, German, French or English from a stop-word profile plus
/// character cues (ß/umlauts, French accents, "ij", gender tags such as "(m/w/d)", "(m/v/x)", "(h/f)") and
/// typical word endings. Only the first <see cref="MaxChars"/> characters are scored.
/// </summary>
internal sealed class LanguageDetector
{
    /// <summary>Characters scored; the opening of a vacancy decides its language.</summary>
    public const int MaxChars = 2000;

    private static readonly string[] Languages = ["nl", "de", "fr", "en"];

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        BuildStopWords().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"nl", "de", "fr" or "en"; null when the text gives too little evidence.</summary>
    public string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> scores = stackalloc int[4];
        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        ScoreTags(span, scores);
        Span<char> buffer = stackalloc char[WordFolder.MaxLength];
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                ScoreCharacter(span[i], i + 1 < span.Length ? span[i + 1] : ' ', scores);
                i++;
            }

            var folded = WordFolder.Fold(span[start..i], buffer);
            if (folded > 0)
            {
                ScoreWord(buffer[..folded], scores);
            }
        }

        return Best(scores);
    }

    private static string? Best(ReadOnlySpan<int> scores)
    {
        var best = -1;
        var second = 0;
        for (var k = 0; k < scores.Length; k++)
        {
            if (best < 0 || scores[k] > scores[best])
            {
                second = best < 0 ? 0 : scores[best];
                best = k;
            }
            else if (scores[k] > second)
            {
                second = scores[k];
            }
        }

        return scores[best] >= 3 && scores[best] > second ? Languages[best] : null;
    }

    private static void ScoreWord(ReadOnlySpan<char> word, Span<int> scores)
    {
        if (StopWords.TryGetValue(word, out var mask))
        {
            for (var k = 0; k < 4; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    scores[k] += 3;
                }
            }

            return;
        }

        if (word.Length < 5)
        {
            return;
        }

        var language = word[^1] switch
        {
            'g' when word.EndsWith("ung", StringComparison.Ordinal) => 1,
            'g' when word.EndsWith("ing", StringComparison.Ordinal) => 3,
            't' when word.EndsWith("keit", StringComparison.Ordinal) || word.EndsWith("heit", StringComparison.Ordinal)
                || word.EndsWith("schaft", StringComparison.Ordinal) => 1,
            't' when word.EndsWith("ment", StringComparison.Ordinal) => 2,
            'h' when word.EndsWith("lich", StringComparison.Ordinal) || word.EndsWith("isch", StringComparison.Ordinal) => 1,
            'd' when word.EndsWith("heid", StringComparison.Ordinal) => 0,
            'k' when word.EndsWith("lijk", StringComparison.Ordinal) => 0,
            'r' when word.EndsWith("aar", StringComparison.Ordinal) => 0,
            'r' when word.EndsWith("eur", StringComparison.Ordinal) => 2,
            'e' when word.EndsWith("ijke", StringComparison.Ordinal) || word.EndsWith("tie", StringComparison.Ordinal) => 0,
            'e' when word.EndsWith("euse", StringComparison.Ordinal) || word.EndsWith("ique", StringComparison.Ordinal) => 2,
            'p' when word.EndsWith("ship", StringComparison.Ordinal) => 3,
            's' when word.EndsWith("ness", StringComparison.Ordinal) => 3,
            _ => -1,
        };
        if (language >= 0)
        {
            scores[language] += language is 0 or 1 ? 2 : 1;
        }
    }

    private static void ScoreCharacter(char c, char next, Span<int> scores)
    {
        switch (c)
        {
            case 'ß' or 'ä' or 'ö' or 'ü' or 'Ä' or 'Ö' or 'Ü': scores[1] += 2; break;
            case 'é' or 'è' or 'ê' or 'à' or 'ç' or 'ô' or 'û' or 'î' or 'É': scores[2] += 2; break;
            case 'ë' or 'ï': scores[0] += 1; break;
            case 'i' when next == 'j': scores[0] += 1; break;
        }
    }

    private static void ScoreTags(ReadOnlySpan<char> text, Span<int> scores)
    {
        var index = text.IndexOf('(');
        while (index >= 0 && index + 4 < text.Length)
        {
            var tag = text[(index + 1)..Math.Min(text.Length, index + 8)];
            if (tag.StartsWith("m/w", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("w/m", StringComparison.OrdinalIgnoreCase))
            {
                scores[1] += 4;
            }
            else if (tag.StartsWith("m/v", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("v/m", StringComparison.OrdinalIgnoreCase))
            {
                scores[0] += 4;
            }
            else if (tag.StartsWith("h/f", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("f/h", StringComparison.OrdinalIgnoreCase))
            {
                scores[2] += 4;
            }
            else if (tag.StartsWith("m/f", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("f/m", StringComparison.OrdinalIgnoreCase))
            {
                scores[3] += 3;
            }

            var nextIndex = text[(index + 1)..].IndexOf('(');
            index = nextIndex < 0 ? -1 : index + 1 + nextIndex;
        }
    }

    private static FrozenDictionary<string, int> BuildStopWords()
    {
        string[][] lists =
        [
            ["de", "het", "een", "en", "van", "voor", "met", "op", "je", "jij", "wij", "we", "ons", "onze", "zijn", "is", "bent",
             "heb", "hebt", "heeft", "naar", "bij", "ook", "niet", "wat", "wie", "als", "dat", "deze", "die", "er", "om", "uit",
             "aan", "tot", "jouw", "uw", "of", "maar", "wordt", "worden", "kun", "kunt", "zoeken", "functie", "ervaring",
             "bieden", "vacature", "werkzaamheden", "goede", "binnen", "waar", "zo", "geen", "mee", "over", "jaar", "per", "uur"],
            ["der", "die", "das", "und", "mit", "fur", "von", "zu", "im", "ist", "sind", "wir", "sie", "ihr", "ihre", "du",
             "dein", "deine", "ein", "eine", "einen", "einer", "auf", "aus", "bei", "auch", "nicht", "oder", "als", "wie",
             "den", "dem", "des", "sich", "uns", "unser", "unsere", "bieten", "suchen", "aufgaben", "profil", "wird",
             "werden", "nach", "uber", "zum", "zur", "kenntnisse", "stelle", "gute", "sehr", "bis", "ab", "pro"],
            ["le", "la", "les", "un", "une", "des", "du", "et", "en", "pour", "avec", "dans", "sur", "vous", "nous", "votre",
             "vos", "notre", "nos", "est", "sont", "au", "aux", "par", "pas", "qui", "que", "ou", "plus", "ce", "cette", "ses",
             "son", "sa", "se", "etes", "avez", "poste", "profil", "offre", "offrons", "recherchons", "experience", "une",
             "entreprise", "travail", "de"],
            ["the", "and", "of", "to", "for", "with", "in", "on", "you", "your", "we", "our", "are", "is", "will", "be",
             "an", "a", "as", "at", "by", "from", "this", "that", "have", "has", "who", "what", "or", "offer", "looking",
             "experience", "skills", "team", "work", "job", "role", "company", "about", "us", "requirements", "per", "hour"],
        ];
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < lists.Length; k++)
        {
            foreach (var word in lists[k])
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << k);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
