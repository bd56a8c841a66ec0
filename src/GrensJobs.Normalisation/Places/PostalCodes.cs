using System.Text.RegularExpressions;
using GrensJobs.Core.Places;

namespace GrensJobs.Normalisation.Places;

/// <summary>Postal-code formats of NL ("5911 AB", PC4 "5911"), DE ("47623") and BE ("4700") and their lookup.</summary>
internal static partial class PostalCodes
{
    /// <summary>
    /// Finds the postal-code row: the format decides the country where it can (5 digits: DE; 4 digits + 2 letters:
    /// NL); a bare 4-digit code is NL or BE, settled by the country, then the place names, then the fallback.
    /// </summary>
    public static PostalCodeEntry? Find(
        Gazetteer gazetteer, string raw, string? country, string? fallbackCountry, IReadOnlyList<string> names)
    {
        var compact = WhitespaceOrDashRegex().Replace(raw, string.Empty).ToUpperInvariant();
        var prefix = CountryPrefixRegex().Match(compact);
        if (prefix.Success)
        {
            country = Countries.Normalise(prefix.Groups[1].Value) ?? country;
            compact = compact[prefix.Length..];
        }

        string[] countries;
        if (DutchFullRegex().IsMatch(compact))
        {
            (compact, countries) = (compact[..4], ["NL"]);
        }
        else if (compact.Length == 5 && compact.All(char.IsAsciiDigit))
        {
            countries = ["DE"];
        }
        else if (compact.Length == 4 && compact.All(char.IsAsciiDigit))
        {
            countries = country is "NL" or "BE" ? [country] : ["NL", "BE"];
        }
        else
        {
            return null;
        }

        var folded = names.Select(n => NameKey.Of(n)).ToArray();
        PostalCodeEntry? first = null;
        PostalCodeEntry? preferred = null;
        foreach (var candidateCountry in countries)
        {
            foreach (var entry in gazetteer.FindPostalCode(candidateCountry, compact))
            {
                if (folded.Contains(NameKey.Of(entry.Place), StringComparer.Ordinal) ||
                    folded.Any(n => gazetteer.FindByName(n).Any(p =>
                        string.Equals(p.Country, entry.Country, StringComparison.Ordinal) &&
                        GeoDistance.Kilometres(p.Lat, p.Lon, entry.Lat, entry.Lon) < 15)))
                {
                    return entry;
                }

                first ??= entry;
                if (preferred is null && string.Equals(entry.Country, fallbackCountry, StringComparison.Ordinal))
                {
                    preferred = entry;
                }
            }
        }

        return preferred ?? first;
    }

    /// <summary>The postal code as shown: NL full codes as "5911 AB", otherwise the digits.</summary>
    public static string Display(PostalCodeEntry entry, string raw)
    {
        var compact = WhitespaceOrDashRegex().Replace(raw, string.Empty).ToUpperInvariant();
        var full = DutchFullRegex().Match(compact);
        return string.Equals(entry.Country, "NL", StringComparison.Ordinal) && full.Success
            ? string.Concat(compact.AsSpan(full.Index, 4), " ", compact.AsSpan(full.Index + 4, 2))
            : entry.Code;
    }

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex WhitespaceOrDashRegex();

    [GeneratedRegex(@"^(NL|DE|D|BE|B)(?=\d)")]
    private static partial Regex CountryPrefixRegex();

    [GeneratedRegex(@"^\d{4}[A-Z]{2}$|(?<=^(?:NL|DE|D|BE|B))\d{4}[A-Z]{2}$")]
    private static partial Regex DutchFullRegex();
}
