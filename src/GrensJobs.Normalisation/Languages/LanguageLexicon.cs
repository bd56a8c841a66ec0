using System.Collections.Frozen;

namespace GrensJobs.Normalisation.Languages;

/// <summary>
/// Language names in Dutch, German, French and English (folded: lower-case, no diacritics), with compounds
/// such as "Deutschkenntnisse", "Duitstalig" and "néerlandophone".
/// </summary>
internal static class LanguageLexicon
{
    // language code, base forms, inflected forms, speaker forms (uninflected; "-e"/"-en"/"-s" variants derived)
    private static readonly (string Code, string[] Base, string[] Inflected, string[] Speaker)[] Entries =
    [
        ("nl", ["nederlands", "niederlandisch", "neerlandais", "dutch", "vlaams", "flamisch", "flamand", "flemish"],
            ["nederlandse", "niederlandische", "niederlandischen", "niederlandischer", "neerlandaise"],
            ["nederlandstalig", "niederlandischsprachig", "neerlandophone", "vlaamstalig"]),
        ("de", ["duits", "deutsch", "allemand", "german"],
            ["duitse", "deutsche", "deutschen", "deutscher", "allemande"],
            ["duitstalig", "deutschsprachig", "germanophone"]),
        ("fr", ["frans", "franzosisch", "francais", "french"],
            ["franse", "franzosische", "franzosischen", "franzosischer", "francaise"],
            ["franstalig", "franzosischsprachig", "francophone"]),
        ("en", ["engels", "englisch", "anglais", "english"],
            ["engelse", "englische", "englischen", "englischer", "anglaise"],
            ["engelstalig", "englischsprachig", "anglophone", "englishspeaking"]),
        ("es", ["spaans", "spanisch", "espagnol", "spanish"],
            ["spaanse", "spanische", "spanischen", "espagnole"], ["spaanstalig", "spanischsprachig", "hispanophone"]),
        ("it", ["italiaans", "italienisch", "italien", "italian"],
            ["italiaanse", "italienische", "italienischen", "italienne"], ["italiaanstalig", "italienischsprachig", "italophone"]),
        ("pl", ["pools", "polnisch", "polonais", "polish"],
            ["poolse", "polnische", "polnischen", "polonaise"], ["poolstalig", "polnischsprachig"]),
        ("tr", ["turks", "turkisch", "turc", "turkish"],
            ["turkse", "turkische", "turkischen", "turque"], ["turkstalig", "turkischsprachig", "turcophone"]),
        ("ar", ["arabisch", "arabe", "arabic"],
            ["arabische", "arabischen"], ["arabischtalig", "arabischsprachig", "arabophone"]),
        ("ru", ["russisch", "russe", "russian"],
            ["russische", "russischen"], ["russischtalig", "russischsprachig", "russophone"]),
        ("pt", ["portugees", "portugiesisch", "portugais", "portuguese"],
            ["portugese", "portugiesische", "portugiesischen", "portugaise"], ["portugeestalig", "portugiesischsprachig", "lusophone"]),
        ("lb", ["luxemburgs", "luxemburgisch", "luxembourgeois", "luxembourgish", "letzebuergesch"],
            ["luxemburgse", "luxemburgische", "luxemburgischen"], ["luxemburgstalig", "luxemburgischsprachig"]),
        ("zh", ["chinees", "chinesisch", "chinois", "chinese", "mandarijn", "mandarin"],
            ["chinese", "chinesische", "chinesischen", "chinoise"], ["chineestalig", "chinesischsprachig", "sinophone"]),
        ("ro", ["roemeens", "rumanisch", "roumain", "romanian"],
            ["roemeense", "rumanische", "rumanischen", "roumaine"], ["roemeenstalig", "rumanischsprachig"]),
    ];

    private static readonly string[] Codes = ["NL", "DE", "FR", "EN", "ES", "PL", "TR", "RU", "PT", "LB", "ZH"];

    private static readonly FrozenDictionary<string, LanguageWord> Words = Build();

    private static readonly FrozenDictionary<string, LanguageWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Matches a folded word. <paramref name="original"/> is the word as written: German nouns and English
    /// names must be capitalised ("deutsch-niederländisch" is not the language), codes fully upper-case.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> folded, ReadOnlySpan<char> original, out LanguageWord word)
    {
        if (folded.Length == 2)
        {
            return TryMatchCode(original, out word);
        }

        if (Lookup.TryGetValue(folded, out word))
        {
            return word.Form != LanguageForm.Base || !NeedsCapital(folded) || char.IsUpper(original[0]);
        }

        return TryMatchCompound(folded, out word);
    }

    private static bool TryMatchCode(ReadOnlySpan<char> original, out LanguageWord word)
    {
        word = default;
        if (original.Length != 2 || !char.IsUpper(original[0]) || !char.IsUpper(original[1]))
        {
            return false;
        }

        foreach (var code in Codes)
        {
            if (original.SequenceEqual(code))
            {
                word = new LanguageWord(code.ToLowerInvariant(), LanguageForm.Code);
                return true;
            }
        }

        return false;
    }

    private static bool TryMatchCompound(ReadOnlySpan<char> folded, out LanguageWord word)
    {
        word = default;
        if (folded.Length < 8)
        {
            return false;
        }

        if (folded.IndexOf("kenn", StringComparison.Ordinal) > 0)
        {
            ReadOnlySpan<string> knowledge = ["kenntnisse", "kenntnissen", "kenntnis", "kennis"];
            return TryStripSuffix(folded, knowledge, LanguageForm.Knowledge, out word);
        }

        if (folded.IndexOf("kurs", StringComparison.Ordinal) > 0 || folded.IndexOf("cursus", StringComparison.Ordinal) > 0)
        {
            ReadOnlySpan<string> course = ["kurs", "kurse", "kursen", "cursus"];
            return TryStripSuffix(folded, course, LanguageForm.Course, out word);
        }

        return false;
    }

    private static bool TryStripSuffix(ReadOnlySpan<char> folded, ReadOnlySpan<string> suffixes, LanguageForm form, out LanguageWord word)
    {
        foreach (var suffix in suffixes)
        {
            if (folded.Length > suffix.Length + 3 && folded.EndsWith(suffix, StringComparison.Ordinal)
                && Lookup.TryGetValue(folded[..^suffix.Length], out var stem) && stem.Form == LanguageForm.Base)
            {
                word = stem with { Form = form };
                return true;
            }
        }

        word = default;
        return false;
    }

    private static bool NeedsCapital(ReadOnlySpan<char> folded) =>
        folded.EndsWith("isch", StringComparison.Ordinal) || folded.SequenceEqual("deutsch")
        || folded.SequenceEqual("german") || folded.SequenceEqual("english") || folded.SequenceEqual("dutch")
        || folded.SequenceEqual("french") || folded.SequenceEqual("polish") || folded.SequenceEqual("engels")
        || folded.SequenceEqual("frans");

    private static FrozenDictionary<string, LanguageWord> Build()
    {
        var words = new Dictionary<string, LanguageWord>(StringComparer.Ordinal);
        foreach (var (code, bases, inflected, speakers) in Entries)
        {
            foreach (var w in inflected)
            {
                words[w] = new LanguageWord(code, LanguageForm.Inflected);
            }

            foreach (var w in bases)
            {
                words[w] = new LanguageWord(code, LanguageForm.Base);
            }

            foreach (var w in speakers)
            {
                words[w] = new LanguageWord(code, LanguageForm.Speaker);
                foreach (var ending in (ReadOnlySpan<string>)["e", "en", "er", "es", "s"])
                {
                    words[w + ending] = new LanguageWord(code, LanguageForm.SpeakerInflected);
                }
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
