namespace GrensJobs.Core.Languages;

/// <summary>The two-letter codes of ISO 639-1 (183 languages; the withdrawn <c>iw</c>, <c>in</c>, <c>ji</c>, <c>sh</c> excluded).</summary>
public static class IsoLanguageCodes
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn",
        "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el",
        "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv",
        "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it",
        "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky",
        "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt",
        "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa",
        "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl",
        "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn",
        "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo",
        "za", "zh", "zu",
    };

    /// <summary>
    /// The ISO 639-1 code of a language tag as sources write it ("de", "DE", "de-DE", "nl_BE"), or null when the tag
    /// is blank or names no ISO 639-1 language ("xx", "deutsch", "ger").
    /// </summary>
    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var code = tag.Trim();
        if (code.Length < 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1])
            || (code.Length > 2 && code[2] is not ('-' or '_')))
        {
            return null;
        }

        var twoLetters = code[..2].ToLowerInvariant();
        return Codes.Contains(twoLetters) ? twoLetters : null;
    }
}
