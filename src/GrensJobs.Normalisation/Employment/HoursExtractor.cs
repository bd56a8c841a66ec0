using System.Text.RegularExpressions;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Employment;

/// <summary>
/// Weekly working hours from the title and text ("32-40 uur per week", "40 Std./Woche", "20–30 Wochenstunden",
/// "24 à 32 heures/semaine", "full-time 40 hours").
/// Decisions:
/// - "fulltime", "Vollzeit", "temps plein" without a number → null (not stated); no default of 38 or 40.
/// - A number with an hour unit but no period ("38 uur") counts as weekly; "binnen 24 uur", "24/7" do not count.
/// - Daily hours ("8 uur per dag") are multiplied by 5; monthly hours ("152 Std./Monat") by 12/52; yearly are ignored.
/// - The result must be plausible: 1 ≤ min ≤ max ≤ 60 hours a week, otherwise the mention is skipped.
/// - The first mention with an explicit weekly period wins, else the first plausible mention (title first).
/// - The employment types (FULL_TIME, PART_TIME) carry no number and so never produce hours on their own.
/// </summary>
internal static partial class HoursExtractor
{
    private const decimal MaxWeekly = 60m;

    public static HoursRange? Extract(string title, string text, IReadOnlyList<string> employmentTypes)
    {
        ArgumentNullException.ThrowIfNull(employmentTypes);
        HoursRange? firstUndated = null;
        foreach (var source in (ReadOnlySpan<string?>)[title, text])
        {
            if (string.IsNullOrEmpty(source))
            {
                continue;
            }

            foreach (Match match in HoursMention().Matches(source))
            {
                var result = Read(match, source, out var weekly);
                if (result is null)
                {
                    continue;
                }

                if (weekly)
                {
                    return result;
                }

                firstUndated ??= result;
            }
        }

        return firstUndated;
    }

    private static HoursRange? Read(Match match, string source, out bool explicitWeekly)
    {
        explicitWeekly = false;
        var min = NumberParsing.Parse(match.Groups["min"].ValueSpan);
        var max = match.Groups["max"].Success ? NumberParsing.Parse(match.Groups["max"].ValueSpan) : min;
        if (min is null || max is null || IsClockTime(match.Groups["min"].ValueSpan) || IsClockTime(match.Groups["max"].ValueSpan))
        {
            return null;
        }

        var before = source.AsSpan(Math.Max(0, match.Index - 20), Math.Min(20, match.Index));
        if (NotWorkingTimeBefore().IsMatch(before))
        {
            return null;
        }

        var tail = match.Groups["tail"].Value;
        var factor = 1m;
        if (match.Groups["unit"].Value.StartsWith("Wochen", StringComparison.OrdinalIgnoreCase) || WeeklyTail().IsMatch(tail))
        {
            explicitWeekly = true;
        }
        else if (DailyTail().IsMatch(tail))
        {
            factor = 5m;
        }
        else if (MonthlyTail().IsMatch(tail))
        {
            factor = 12m / 52m;
        }
        else if (OtherPeriodTail().IsMatch(tail) || source.AsSpan(match.Index + match.Length).StartsWith("/7"))
        {
            return null;
        }

        var low = Math.Round(Math.Min(min.Value, max.Value) * factor, 1);
        var high = Math.Round(Math.Max(min.Value, max.Value) * factor, 1);
        return low >= 1m && high <= MaxWeekly ? new HoursRange(low, high) : null;
    }

    /// <summary>"8.00", "17.30": a time of day, not a number of hours.</summary>
    private static bool IsClockTime(ReadOnlySpan<char> token) =>
        token.Length >= 4 && token[^3] == '.' && token[^2..] is "00" or "15" or "30" or "45";

    private const string Number = @"\d{1,3}(?:[.,]\d{1,2})?";

    [GeneratedRegex(
        @"(?<![\d.,/:])(?<min>" + Number + @")(?:\s*(?:uur|uren|u|h|Std\.?|Stunden|heures?|hours?|hrs?)?\s*(?:-|–|—|tot(?:\s+max(?:imaal)?)?|bis|à|a|to|till|t/m|en|und|oder|of|or|et|ou)\s*(?<max>" + Number + @"))?"
        + @"[\s-]*(?<unit>Wochenstunden|Wochenarbeitsstunden|Stunden|Std\b\.?|uur|uren|u\b|urige?|heures?|h\b|hours?|hrs?\b)(?=(?<tail>.{0,30}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursMention();

    [GeneratedRegex(
        @"^\W{0,4}(?:\(?(?:gemiddeld|im\s+Schnitt|en\s+moyenne|on\s+average)\)?\s+)?(?:per\s+week|p\.?\s?w\b|/\s*w(?:ee)?k|in\s+de\s+week|pro\s+Woche|/\s*Woche|die\s+Woche|in\s+der\s+Woche|wöchentlich|-?Woche|par\s+semaine|/\s*sem|hebdo|a\s+week|weekly|semaine|week)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyTail();

    [GeneratedRegex(
        @"^\W{0,4}(?:per\s+dag|/\s*dag|pro\s+Tag|am\s+Tag|/\s*Tag|täglich|par\s+jour|/\s*jour|per\s+day|a\s+day|/\s*day|daily)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DailyTail();

    [GeneratedRegex(
        @"^\W{0,4}(?:per\s+maand|/\s*maand|pro\s+Monat|im\s+Monat|/\s*Monat|monatlich|par\s+mois|/\s*mois|per\s+month|a\s+month|/\s*month|monthly)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthlyTail();

    [GeneratedRegex(
        @"^\W{0,4}(?:per\s+jaar|/\s*jaar|pro\s+Jahr|im\s+Jahr|/\s*Jahr|par\s+an|per\s+year|a\s+year|/\s*year|service|dienst|Service|bereikbaar|erreichbaar|support|Schicht(?!modell)|ploeg|shift|vooraf|voor\s+aanvang|im\s+Voraus|à\s+l'avance|in\s+advance|nach|after|na\b|après|Bereitschaft|van\s+tevoren|reactie|Reaktion)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherPeriodTail();

    [GeneratedRegex(
        @"(?:binnen|within|innerhalb(?:\s+von)?|dans\s+les|sous|in\s+the\s+last|minstens\s+\d+\s*x|rund\s+um\s+die|\d\s*x|rond\s+de\s+klok|non-stop|€|EUR|km|°)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotWorkingTimeBefore();
}
