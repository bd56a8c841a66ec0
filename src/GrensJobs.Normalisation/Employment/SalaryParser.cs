using System.Text.RegularExpressions;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Employment;

/// <summary>
/// Gross salary from a structured source salary, its text, or the vacancy text, in that order.
/// Decisions:
/// - Currency: "€", "EUR", "euro" or nothing → EUR; "$"/USD, "£"/GBP, CHF are kept as their ISO code.
/// - "45k" is 45000 per year. "tot € 4.200" / "bis zu" / "up to" give only a maximum, "vanaf" / "ab" / "from"
///   only a minimum.
/// - Without a stated period the amount decides: above 15,000 → year; 1,000–15,000 → month; below 100 → hour;
///   100–1,000 is ambiguous (day or week) and is dropped.
/// - In the vacancy text an amount needs a currency and either salary context (salaris, Gehalt, Vergütung, salaire,
///   rémunération, salary, pay, bruto/brutto/brut/gross …) or a period; amounts next to words for allowances,
///   bonuses and expenses ("€ 500 Wechselprämie", "reiskostenvergoeding € 0,21/km") are skipped.
/// - Implausible results (e.g. € 3 per month) are dropped.
/// </summary>
internal static partial class SalaryParser
{
    public static Salary? Parse(RawSalary? raw, string text)
    {
        if (raw is not null && (raw.Min is > 0 || raw.Max is > 0))
        {
            var min = raw.Min is > 0 ? raw.Min : null;
            var max = raw.Max is > 0 ? raw.Max : null;
            if (min > max)
            {
                (min, max) = (max, min);
            }

            var period = SalaryPeriods.FromName(raw.Period) ?? SalaryPeriods.Infer(max ?? min!.Value, thousands: false);
            var currency = SalaryPeriods.Currency(raw.Currency) ?? "EUR";
            if (period is { } known && SalaryPeriods.IsPlausible(min ?? max!.Value, max ?? min!.Value, known))
            {
                return new Salary(min, max, currency, known);
            }
        }

        if (!string.IsNullOrWhiteSpace(raw?.Text) && FromText(raw.Text, knownSalary: true) is { } fromRawText)
        {
            return fromRawText;
        }

        return string.IsNullOrWhiteSpace(text) ? null : FromText(text, knownSalary: false);
    }

    private static Salary? FromText(string text, bool knownSalary)
    {
        if (knownSalary)
        {
            foreach (Match match in Amount().Matches(text))
            {
                if (Read(match, text, knownSalary) is { } salary)
                {
                    return salary;
                }
            }

            return null;
        }

        // In free text an amount needs a currency: look only around currency signs, which a vectorised search
        // finds quickly, instead of trying the amount pattern at every number of a long description.
        var scannedUntil = 0;
        foreach (var currency in CurrencySign().EnumerateMatches(text))
        {
            var start = Math.Max(scannedUntil, currency.Index - WindowBefore);
            while (start > scannedUntil && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = Math.Min(text.Length, currency.Index + currency.Length + WindowAfter);
            for (var match = Amount().Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                scannedUntil = Math.Max(scannedUntil, match.Index + match.Length);
                if (Read(match, text, knownSalary) is { } salary)
                {
                    return salary;
                }
            }

            scannedUntil = Math.Max(scannedUntil, Math.Min(end, currency.Index + currency.Length));
        }

        return null;
    }

    private const int WindowBefore = 60;
    private const int WindowAfter = 60;

    private static Salary? Read(Match match, string text, bool knownSalary)
    {
        var currencyText = FirstSuccess(match, "c1", "c1b", "c2", "c2b");
        if (currencyText is null && !knownSalary)
        {
            return null;
        }

        var thousands = match.Groups["k1"].Success || match.Groups["k2"].Success;
        var first = Amount(match, "a1", thousands);
        var second = match.Groups["a2"].Success ? Amount(match, "a2", thousands) : null;
        if (first is null)
        {
            return null;
        }

        if (second is { } other && (other > first * 3m || first > other * 3m))
        {
            // "€ 3.000 en 25 vakantiedagen": the second number is not the other end of a range.
            second = null;
        }

        var afterStart = match.Index + match.Length;
        var after = text.AsSpan(afterStart, Math.Min(45, text.Length - afterStart));
        var beforeStart = Math.Max(0, match.Index - 60);
        var before = text.AsSpan(beforeStart, match.Index - beforeStart);
        var near = text.AsSpan(Math.Max(0, match.Index - 25), Math.Min(25, match.Index));
        if (NotSalary().IsMatch(after[..Math.Min(after.Length, 25)]) || NotSalaryBefore().IsMatch(near))
        {
            return null;
        }

        var period = SalaryPeriods.After(after) ?? SalaryPeriods.Before(before);
        if (!knownSalary && period is null && !thousands && !SalaryContext().IsMatch(before) && !SalaryContext().IsMatch(after))
        {
            return null;
        }

        decimal? min = first;
        decimal? max = second ?? first;
        if (second is null)
        {
            var prefix = match.Groups["pre"].Value;
            if (MaximumPrefix().IsMatch(prefix))
            {
                min = null;
            }
            else if (prefix.Length > 0)
            {
                max = null;
            }
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        var largest = max ?? min!.Value;
        var resolved = period ?? SalaryPeriods.Infer(largest, thousands);
        if (resolved is not { } known || !SalaryPeriods.IsPlausible(min ?? largest, largest, known))
        {
            return null;
        }

        return new Salary(min, max, SalaryPeriods.Currency(currencyText) ?? "EUR", known);
    }

    private static decimal? Amount(Match match, string group, bool thousands) =>
        NumberParsing.Parse(match.Groups[group].ValueSpan) is { } value ? (thousands ? value * 1000m : value) : null;

    private static string? FirstSuccess(Match match, params ReadOnlySpan<string> groups)
    {
        foreach (var group in groups)
        {
            if (match.Groups[group].Success)
            {
                return match.Groups[group].Value;
            }
        }

        return null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Currency = @"€|EUR\b|euros?\b|\$|USD\b|£|GBP\b|CHF\b";

    private const string Number = @"(?:\d{1,3}(?:(?:[.,'’]|[ \u00A0\u202F](?=\d{3}(?!\d)))\d{3})+|\d+)(?:[.,]\d{1,2})?(?![\d])";

    [GeneratedRegex(
        @"(?:\b(?<pre>vanaf|minimaal|minimum|min\.|ab|à\s+partir\s+de|from|starting\s+at|at\s+least|mindestens|tot(?:\s+max(?:imaal|\.)?)?|maximaal|max\.|bis\s+(?:zu|max(?:imal|\.)?)|bis|jusqu['’]à|up\s+to|maximum)\s*:?\s*)?"
        + @"(?:(?<c1>" + Currency + @")\s*)?(?<a1>" + Number + @")\s*(?<k1>[kK](?![a-zA-Z]))?(?:,-|\.-|,--)?\s*(?<c1b>" + Currency + @")?"
        + @"(?:\s*(?:-|–|—|tot|bis|à|et|to|and|en|und|t/m)\s*(?:(?<c2>" + Currency + @")\s*)?(?<a2>" + Number + @")\s*(?<k2>[kK](?![a-zA-Z]))?(?:,-|\.-|,--)?\s*(?<c2b>" + Currency + @")?)?",
        Options)]
    private static partial Regex Amount();

    [GeneratedRegex(@"€|\bEUR\b|\beuros?\b|\$|£|\bCHF\b|\bUSD\b|\bGBP\b", Options)]
    private static partial Regex CurrencySign();

    [GeneratedRegex(@"^(?:tot|maximaal|max\.|bis\s+(?:zu|max(?:imal|\.)?)|bis|jusqu['’]à|up\s+to|maximum)", Options)]
    private static partial Regex MaximumPrefix();

    [GeneratedRegex(@"salaris|salary|gehalt|vergütung|verdien|salaire|rémunération|r[ée]mun[ée]r[ée]|\bloon|lohn|\bpay\b|\bpaid\b|bruto|brutto|\bbrut\b|gross|inkomen|beloning|\bschaal\b|tarif|Entgelt|Bezahlung|wage|compensation|traitement|barème", Options)]
    private static partial Regex SalaryContext();

    [GeneratedRegex(@"^\W{0,3}(?:[\w-]*(?:prämie|praemie|bonus|zulage|zuschlag|toeslag|vergoeding|reiskosten|kilometer|Gutschein|budget|cadeau|voucher|prime|indemnit|allowance|Weihnachtsgeld|Urlaubsgeld|vakantiegeld|fahrtkosten|Fahrtkosten|Zuschuss|Jobrad|Rabatt|korting|remise|discount))|^\W{0,3}(?:per|pro|par|/)\s*(?:km|kilometer|Kilometer|declaratie)|^\s*/\s*km\b", Options)]
    private static partial Regex NotSalary();

    [GeneratedRegex(@"(?:prämie|bonus|zulage|zuschlag|toeslag|vergoeding|reiskosten|kilometer|Gutschein|budget|cadeau|voucher|\bprime|indemnité|allowance|Weihnachtsgeld|Urlaubsgeld|vakantiegeld|Fahrtkosten|Zuschuss|Umsatz|omzet|chiffre\s+d['’]affaires|revenue|turnover|Investition|investering|Kapital)\W{0,12}(?:van|von|de|of|in\s+Höhe\s+von|ter\s+waarde\s+van|d['’]une\s+valeur\s+de|worth)?\W{0,3}$", Options)]
    private static partial Regex NotSalaryBefore();
}
