using System.Globalization;
using GrensJobs.Core.Text;

namespace GrensJobs.Core.Places;

/// <summary>
/// Countries of the whole world (ISO 3166-1 alpha-2, from the platform's region data), for places outside NL, DE and
/// BE that feeds give as text ("New York, NY", "London, United Kingdom", "Remote from the US"). A free-text place
/// names its country in its last part: an English or native country name, an ISO code written in capitals
/// (<c>US</c>, <c>GBR</c>; <c>UK</c> is GB), or a US state ("NY", "California": the convention of US-based ATSs;
/// a code that is also one of our countries — DE — stays that country).
/// </summary>
public static class WorldCountries
{
    private static readonly Lazy<Dictionary<string, string>> ByName = new(LoadNames);

    private static readonly HashSet<string> UsStateCodes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    };

    private static readonly string[] UsStateNames =
    [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
        "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
        "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    ];

    private static readonly char[] Separators = [',', '(', ')', '-', '–', '—', '/', '|', ';'];

    /// <summary>The upper-case alpha-2 code when <paramref name="code"/> is an ISO 3166-1 alpha-2 or alpha-3 code; else null.</summary>
    public static string? FromCode(string? code)
    {
        var value = code?.Trim();
        if (value is not { Length: 2 or 3 } || !value.All(char.IsAsciiLetter))
        {
            return null;
        }

        var upper = value.ToUpperInvariant();
        if (upper == "UK")
        {
            return "GB";
        }

        return ByName.Value.TryGetValue("#" + upper, out var alpha2) ? alpha2 : null;
    }

    /// <summary>The country a free-text place names in its last part, or null when it names none.</summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (FromPart(parts[i], isLast: i == parts.Length - 1, hasParts: parts.Length > 1) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    private static string? FromPart(string part, bool isLast, bool hasParts)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(3, words.Length); take >= 1; take--)
        {
            var tail = string.Join(' ', words[^take..]);
            if (take == 1 && tail.Length is 2 or 3 && tail.All(char.IsAsciiLetterUpper))
            {
                if (tail is "NL" or "DE" or "BE")
                {
                    return tail;
                }

                if (hasParts && isLast && UsStateCodes.Contains(tail))
                {
                    return "US";
                }

                if (FromCode(tail) is { } code)
                {
                    return code;
                }
            }

            var folded = TextFolding.Fold(tail);
            if (Array.IndexOf(UsStateNames, folded) >= 0 && hasParts)
            {
                return "US";
            }

            if (ByName.Value.TryGetValue(folded, out var named))
            {
                return named;
            }
        }

        return null;
    }

    private static Dictionary<string, string> LoadNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["usa"] = "US", ["united states of america"] = "US", ["the united states"] = "US", ["the us"] = "US",
            ["uk"] = "GB", ["great britain"] = "GB", ["england"] = "GB", ["scotland"] = "GB", ["wales"] = "GB",
            ["the netherlands"] = "NL", ["holland"] = "NL",
        };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var alpha2 = region.TwoLetterISORegionName;
            if (alpha2.Length != 2 || !alpha2.All(char.IsAsciiLetterUpper))
            {
                continue;
            }

            names.TryAdd("#" + alpha2, alpha2);
            names.TryAdd("#" + region.ThreeLetterISORegionName, alpha2);
            names.TryAdd(TextFolding.Fold(region.EnglishName), alpha2);
            names.TryAdd(TextFolding.Fold(region.NativeName), alpha2);
        }

        return names;
    }
}
