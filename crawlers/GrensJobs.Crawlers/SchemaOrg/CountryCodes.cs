using GrensJobs.Core.Text;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>Country values of postings (ISO2, ISO3 or a name in nl/de/fr/en) as ISO 3166-1 alpha-2 codes.</summary>
internal static class CountryCodes
{
    private static readonly Dictionary<string, string> Names = Build();

    public static string? ToIso2(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var key = TextFolding.Fold(value.AsSpan().Trim().TrimEnd('.'));
        if (Names.TryGetValue(key, out var code))
        {
            return code;
        }

        return key.Length == 2 && char.IsAsciiLetter(key[0]) && char.IsAsciiLetter(key[1])
            ? key.ToUpperInvariant()
            : null;
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(names, "DE", "deu", "deutschland", "germany", "allemagne", "duitsland", "bundesrepublik deutschland");
        Add(names, "NL", "nld", "nederland", "netherlands", "the netherlands", "niederlande", "pays-bas", "pays bas", "holland", "holland (nederland)");
        Add(names, "BE", "bel", "belgie", "belgië", "belgium", "belgique", "belgien", "belgiё");
        Add(names, "FR", "fra", "france", "frankrijk", "frankreich");
        Add(names, "LU", "lux", "luxembourg", "luxemburg");
        Add(names, "AT", "aut", "austria", "osterreich", "österreich", "oostenrijk", "autriche");
        Add(names, "CH", "che", "schweiz", "switzerland", "zwitserland", "suisse");
        Add(names, "PL", "pol", "polen", "poland", "pologne");
        Add(names, "GB", "gbr", "uk", "united kingdom", "verenigd koninkrijk", "vereinigtes konigreich", "royaume-uni");
        Add(names, "DK", "dnk", "danmark", "denmark", "danemark", "denemarken", "dänemark");
        return names;
    }

    private static void Add(Dictionary<string, string> names, string code, params string[] values)
    {
        foreach (var value in values)
        {
            names.TryAdd(TextFolding.Fold(value), code);
        }
    }
}
