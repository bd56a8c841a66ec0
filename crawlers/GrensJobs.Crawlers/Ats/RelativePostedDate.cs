using System.Globalization;
using System.Text.RegularExpressions;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// Workday's relative <c>postedOn</c> texts resolved against today, in English, German, Dutch and French:
/// "Posted Today", "Heute ausgeschrieben", "Vandaag geplaatst", "Publié aujourd'hui" → today; "Posted Yesterday",
/// "Gestern", "Gisteren", "hier" → yesterday; "Posted 7 Days Ago", "Vor 7 Tagen", "7 dagen geleden", "Il y a 7 jours"
/// → 7 days back ("30+" counts as 30; weeks and months as 7 and 30 days). An ISO date is taken as is.
/// </summary>
internal static partial class RelativePostedDate
{
    public static DateOnly? Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed.AsSpan(0, 10), "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var absolute))
        {
            return absolute;
        }

        if (Today().IsMatch(trimmed))
        {
            return today;
        }

        if (Yesterday().IsMatch(trimmed))
        {
            return today.AddDays(-1);
        }

        var match = Ago().Match(trimmed);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        var days = unit[0] switch
        {
            'W' or 'S' => count * 7,
            'M' => count * 30,
            _ => count,
        };
        return today.AddDays(-days);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:today|heute|vandaag|aujourd['’]hui|just\s+posted)\b", Options)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:yesterday|gestern|gisteren|hier)\b", Options)]
    private static partial Regex Yesterday();

    [GeneratedRegex(@"(?<n>\d{1,4})\+?\s*(?<unit>days?|tag(?:e|en)?|dag(?:en)?|jours?|weeks?|wochen?|weken|week|semaines?|months?|monat(?:e|en)?|maand(?:en)?|mois)\b", Options)]
    private static partial Regex Ago();
}
