using GrensJobs.Core.Text;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Language values (BCP 47 tags such as <c>de-DE</c>, or names) as ISO 639-1 codes.</summary>
internal static class LanguageCodes
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["dutch"] = "nl", ["nederlands"] = "nl", ["niederlandisch"] = "nl", ["neerlandais"] = "nl", ["vlaams"] = "nl",
        ["german"] = "de", ["deutsch"] = "de", ["duits"] = "de", ["allemand"] = "de",
        ["french"] = "fr", ["francais"] = "fr", ["frans"] = "fr", ["franzosisch"] = "fr",
        ["english"] = "en", ["engels"] = "en", ["englisch"] = "en", ["anglais"] = "en",
        ["nld"] = "nl", ["dut"] = "nl", ["deu"] = "de", ["ger"] = "de", ["fra"] = "fr", ["fre"] = "fr", ["eng"] = "en",
    };

    public static string? ToIso639(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var key = TextFolding.Fold(value.AsSpan().Trim());
        if (Names.TryGetValue(key, out var code))
        {
            return code;
        }

        var cut = key.IndexOf(' ', StringComparison.Ordinal);
        var primary = cut >= 0 ? key[..cut] : key;
        return primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1]) ? primary : null;
    }
}
