using System.Text.RegularExpressions;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Employment;

/// <summary>Salary periods and currencies by name, by the words around an amount, and by the amount's size.</summary>
internal static partial class SalaryPeriods
{
    /// <summary>A period name: hour/day/week/month/year, schema.org unitText (HOUR … YEAR) and common variants.</summary>
    public static SalaryPeriod? FromName(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "HOUR" or "HOURLY" or "PER_HOUR" or "UUR" or "STUNDE" or "HEURE" => SalaryPeriod.Hour,
        "DAY" or "DAILY" or "DAG" or "TAG" or "JOUR" => SalaryPeriod.Day,
        "WEEK" or "WEEKLY" or "WOCHE" or "SEMAINE" => SalaryPeriod.Week,
        "MONTH" or "MONTHLY" or "MAAND" or "MONAT" or "MOIS" => SalaryPeriod.Month,
        "YEAR" or "YEARLY" or "ANNUAL" or "ANNUALLY" or "JAAR" or "JAHR" or "AN" or "ANNÉE" => SalaryPeriod.Year,
        _ => null,
    };

    /// <summary>Period by size when none is stated: &gt; 15,000 year; 1,000–15,000 month; &lt; 100 hour; else unknown.</summary>
    public static SalaryPeriod? Infer(decimal amount, bool thousands) => amount switch
    {
        _ when thousands => SalaryPeriod.Year,
        > 15_000m => SalaryPeriod.Year,
        >= 1_000m => SalaryPeriod.Month,
        < 100m => SalaryPeriod.Hour,
        _ => null,
    };

    public static bool IsPlausible(decimal min, decimal max, SalaryPeriod period) => period switch
    {
        SalaryPeriod.Hour => min >= 5m && max <= 500m,
        SalaryPeriod.Day => min >= 40m && max <= 5_000m,
        SalaryPeriod.Week => min >= 150m && max <= 20_000m,
        SalaryPeriod.Month => min >= 400m && max <= 60_000m,
        _ => min >= 5_000m && max <= 1_000_000m,
    };

    /// <summary>ISO code for a currency symbol or code; "€", "euro" and empty are EUR.</summary>
    public static string? Currency(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null => null,
        "" or "€" or "EUR" or "EURO" or "EUROS" => "EUR",
        "$" => "USD",
        "£" => "GBP",
        { Length: 3 } code when code.All(char.IsAsciiLetterUpper) => code,
        _ => "EUR",
    };

    /// <summary>The period named right after an amount ("bruto per maand", "brutto/Monat", "p.a.", "par an").</summary>
    public static SalaryPeriod? After(ReadOnlySpan<char> after)
    {
        foreach (var match in AfterPeriod().EnumerateMatches(after))
        {
            return ByWord(after.Slice(match.Index, match.Length));
        }

        return null;
    }

    /// <summary>The period named in the words before an amount ("Monatsgehalt", "uurloon", "salaire annuel").</summary>
    public static SalaryPeriod? Before(ReadOnlySpan<char> before)
    {
        SalaryPeriod? last = null;
        foreach (var match in BeforePeriod().EnumerateMatches(before))
        {
            last = ByWord(before.Slice(match.Index, match.Length));
        }

        return last;
    }

    private static SalaryPeriod? ByWord(ReadOnlySpan<char> word)
    {
        if (HourWord().IsMatch(word))
        {
            return SalaryPeriod.Hour;
        }

        if (DayWord().IsMatch(word))
        {
            return SalaryPeriod.Day;
        }

        if (WeekWord().IsMatch(word))
        {
            return SalaryPeriod.Week;
        }

        return MonthWord().IsMatch(word) ? SalaryPeriod.Month : SalaryPeriod.Year;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string PeriodWord =
        @"uur|hour|Stunde|Std\b|heure|h\b|hr\b|dag\b|day|Tag\b|jour\b|week|Woche|semaine|maand|month|Monat|mois|mtl|mo\b|jaar|year|Jahr|annum|annuel|annual|yr\b|p\.\s?a\.?|p\.\s?m\.?|p/m|p/j|pm\b|pa\b";

    [GeneratedRegex(
        @"^[\s,.)(]*(?:(?:bruto|brutto|brut|gross|excl\.?|incl\.?|exkl\.?|inkl\.?|hors|plus|\+|\s)+)?\s*(?:per|pro|par|a|an|im|op|in\s+het|in\s+the|de\s+l['’]|each|/)?\s*(?:" + PeriodWord + @")|^[\s,.)(]*(?:bruto|brutto|brut|gross)?\s*(?:maandelijks|monatlich|mensuels?|monthly|jährlich|annuels?|annually|yearly|par\s+an\b|/\s*an\b|op\s+jaarbasis|stündlich|hourly|weekly|daily|täglich)",
        Options)]
    private static partial Regex AfterPeriod();

    [GeneratedRegex(
        @"uurloon|uurtarief|Stundenlohn|Stundensatz|taux\s+horaire|salaire\s+horaire|hourly|dagtarief|Tagessatz|daily\s+rate|weekloon|Wochenlohn|maandsalaris|maandloon|Monatsgehalt|Monatslohn|monatlich|salaire\s+mensuel|monthly|jaarsalaris|jaarinkomen|Jahresgehalt|Jahresbrutto|jährlich|salaire\s+annuel|annual|yearly|per\s+maand|pro\s+Monat|par\s+mois|per\s+month|per\s+jaar|pro\s+Jahr|par\s+an|per\s+year|per\s+uur|pro\s+Stunde|par\s+heure|per\s+hour",
        Options)]
    private static partial Regex BeforePeriod();

    [GeneratedRegex(@"uur|hour|Stund|Std|heure|horaire|\bh\b|\bhr\b", Options)]
    private static partial Regex HourWord();

    [GeneratedRegex(@"\bdag|day|\bTag|jour|daily|täglich", Options)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"week|Woche|semaine", Options)]
    private static partial Regex WeekWord();

    [GeneratedRegex(@"maand|month|Monat|mois|mensuel|mtl|\bmo\b|p\.\s?m|p/m|\bpm\b", Options)]
    private static partial Regex MonthWord();
}
