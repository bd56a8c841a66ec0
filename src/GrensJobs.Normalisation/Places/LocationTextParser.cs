using System.Text.RegularExpressions;

namespace GrensJobs.Normalisation.Places;

/// <summary>
/// Splits free location text such as "47623 Kevelaer", "D-52062 Aachen", "B-4700 Eupen", "Kerkrade (NL)",
/// "Aachen, Deutschland" or "Remote / Venlo" into a country, a postal code and candidate place names.
/// </summary>
internal static partial class LocationTextParser
{
    public static LocationClues Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new LocationClues(null, null, null, []);
        }

        string? country = null;
        var rest = ParenthesisRegex().Replace(text, match =>
        {
            country ??= Countries.Normalise(match.Groups[1].Value);
            return ", ";
        });

        string? postalCode = null;
        string? postalCountry = null;
        var prefixed = PrefixedPostalCodeRegex().Match(rest);
        if (prefixed.Success)
        {
            postalCountry = Countries.Normalise(prefixed.Groups["cc"].Value);
            postalCode = prefixed.Groups["code"].Value;
            rest = rest.Remove(prefixed.Index, prefixed.Length).Insert(prefixed.Index, ", ");
        }
        else if (DutchPostalCodeRegex().Match(rest) is { Success: true } dutch)
        {
            (postalCode, postalCountry) = (dutch.Value, "NL");
            rest = rest.Remove(dutch.Index, dutch.Length).Insert(dutch.Index, ", ");
        }
        else if (DigitsPostalCodeRegex().Match(rest) is { Success: true } digits)
        {
            postalCode = digits.Value;
            postalCountry = digits.Value.Length == 5 ? "DE" : null;
            rest = rest.Remove(digits.Index, digits.Length).Insert(digits.Index, ", ");
        }

        var names = new List<string>();
        foreach (var part in SeparatorRegex().Split(rest))
        {
            var segment = part.Trim(' ', '.', '-', '\t');
            if (segment.Length == 0)
            {
                continue;
            }

            if (Countries.Normalise(segment) is { } named)
            {
                country ??= named;
                continue;
            }

            names.Add(segment);
        }

        return new LocationClues(country ?? postalCountry, postalCode, postalCountry, names);
    }

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex ParenthesisRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<cc>D|DE|NL|B|BE)\s?-\s?(?<code>\d{4}(?:\s?[A-Z]{2})?|\d{5})(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixedPostalCodeRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{4}\s?[A-Z]{2}(?![\p{L}\d])")]
    private static partial Regex DutchPostalCodeRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d{5}|\d{4})(?![\p{L}\d])")]
    private static partial Regex DigitsPostalCodeRegex();

    [GeneratedRegex(@"[,;/|\n\r]+|\s[-–—]\s")]
    private static partial Regex SeparatorRegex();
}
