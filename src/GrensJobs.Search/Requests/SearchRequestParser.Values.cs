using System.Globalization;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Requests;

/// <summary>The single values of a search: choices, numbers, ranges, dates and languages.</summary>
public static partial class SearchRequestParser
{
    private const NumberStyles WholeNumber = NumberStyles.AllowLeadingSign;
    private const NumberStyles DecimalNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static readonly Dictionary<string, ContractType> ContractNames = new(StringComparer.Ordinal)
    {
        ["permanent"] = ContractType.Permanent,
        ["temporary"] = ContractType.Temporary,
        ["interim"] = ContractType.Interim,
        ["freelance"] = ContractType.Freelance,
        ["internship"] = ContractType.Internship,
        ["apprenticeship"] = ContractType.Apprenticeship,
        ["other"] = ContractType.Other,
    };

    private static readonly Dictionary<string, RemoteMode> RemoteNames = new(StringComparer.Ordinal)
    {
        ["onsite"] = RemoteMode.Onsite,
        ["hybrid"] = RemoteMode.Hybrid,
        ["remote"] = RemoteMode.Remote,
    };

    private static readonly Dictionary<string, SearchSort> SortNames = new(StringComparer.Ordinal)
    {
        ["relevance"] = SearchSort.Relevance,
        ["date"] = SearchSort.Date,
        ["distance"] = SearchSort.Distance,
    };

    private static T? Choice<T>(
        SearchParameter parameter, string? value, Dictionary<string, T> names, SearchErrorKind kind, List<SearchRequestError> errors)
        where T : struct
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (names.TryGetValue(text.ToLowerInvariant(), out var choice))
        {
            return choice;
        }

        errors.Add(new(parameter, kind, [text]));
        return null;
    }

    private static HoursFilter? Hours(string? value, List<SearchRequestError> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            && min <= max && max <= MaxWeeklyHours)
        {
            return new HoursFilter(min, max);
        }

        errors.Add(new(SearchParameter.Hours, SearchErrorKind.BadHours, [text, Invariant(MaxWeeklyHours)]));
        return null;
    }

    private static DateOnly? Since(string? value, List<SearchRequestError> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new(SearchParameter.Since, SearchErrorKind.BadDate, [text]));
        return null;
    }

    private static string UiLanguage(string? value, List<SearchRequestError> errors)
    {
        if (Blank(value) is not { } text)
        {
            return UiLanguages.Default;
        }

        var language = text.ToLowerInvariant();
        if (UiLanguages.All.Contains(language, StringComparer.Ordinal))
        {
            return language;
        }

        errors.Add(new(SearchParameter.UiLanguage, SearchErrorKind.UnknownUiLanguage, [text]));
        return UiLanguages.Default;
    }

    private static double? Radius(string? value, List<SearchRequestError> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, DecimalNumber, CultureInfo.InvariantCulture, out var radius) || !double.IsFinite(radius))
        {
            errors.Add(new(SearchParameter.Radius, SearchErrorKind.NotANumber, [text, "1", Invariant(SearchLimits.MaxRadiusKm)]));
            return null;
        }

        if (radius is <= 0 or > SearchLimits.MaxRadiusKm)
        {
            errors.Add(new(SearchParameter.Radius, SearchErrorKind.NotPositive, [text, Invariant(SearchLimits.MaxRadiusKm)]));
            return null;
        }

        return radius;
    }

    private static decimal? MinSalary(string? value, List<SearchRequestError> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (!decimal.TryParse(text, DecimalNumber, CultureInfo.InvariantCulture, out var amount))
        {
            errors.Add(new(SearchParameter.MinSalary, SearchErrorKind.NotANumber, [text, "0", Invariant(SearchLimits.MaxMonthlySalary)]));
            return null;
        }

        if (amount is < 0 or > SearchLimits.MaxMonthlySalary)
        {
            errors.Add(new(SearchParameter.MinSalary, SearchErrorKind.OutOfRange, [text, "0", Invariant(SearchLimits.MaxMonthlySalary)]));
            return null;
        }

        return amount;
    }

    /// <summary><c>top</c> and <c>page</c>, each in its range, and together within <see cref="SearchLimits.MaxResultWindow"/>.</summary>
    private static (int Top, int Page) Paging(string? topValue, string? pageValue, List<SearchRequestError> errors)
    {
        var top = Whole(SearchParameter.Top, topValue, DefaultTop, SearchLimits.MaxTop, SearchLimits.MaxTop, errors);
        // Any page that is a number is read, so that one too deep is refused naming the window (page × top), not a range.
        var page = Whole(SearchParameter.Page, pageValue, 1, int.MaxValue, SearchLimits.MaxResultWindow, errors);
        if (top is { } t && page is { } p && (long)t * p > SearchLimits.MaxResultWindow)
        {
            errors.Add(new(SearchParameter.Page, SearchErrorKind.ResultWindow,
                [Invariant(p), Invariant(t), Invariant((long)t * p), Invariant(SearchLimits.MaxResultWindow)], SearchParameter.Top));
        }

        return (top ?? DefaultTop, page ?? 1);
    }

    /// <summary>
    /// A whole number from 1 to <paramref name="max"/>, or <paramref name="fallback"/> when not given; null after an error,
    /// which names the range 1 to <paramref name="shownMax"/>.
    /// </summary>
    private static int? Whole(SearchParameter parameter, string? value, int fallback, int max, int shownMax, List<SearchRequestError> errors)
    {
        if (Blank(value) is not { } text)
        {
            return fallback;
        }

        var digits = text.TrimStart('+', '-');
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || text.Length - digits.Length > 1)
        {
            errors.Add(new(parameter, SearchErrorKind.NotAWholeNumber, [text, "1", Invariant(shownMax)]));
            return null;
        }

        if (!int.TryParse(text, WholeNumber, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
        {
            errors.Add(new(parameter, SearchErrorKind.OutOfRange, [text, "1", Invariant(shownMax)]));
            return null;
        }

        return number;
    }

    private static bool IsNuts3(string code) =>
        code.Length == 5 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && code[2..].All(char.IsAsciiLetterOrDigit);

    /// <summary>"de:B1" → (de, B1); null for anything else.</summary>
    private static (string Language, CefrLevel Level)? ParseSpeaks(string item)
    {
        var parts = item.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length != 2 || !parts[0].All(char.IsAsciiLetter) || parts[1].Length != 2
            || char.ToUpperInvariant(parts[1][0]) is not ('A' or 'B' or 'C') || parts[1][1] is not ('1' or '2'))
        {
            return null;
        }

        return (parts[0].ToLowerInvariant(), Enum.Parse<CefrLevel>(parts[1], ignoreCase: true));
    }
}
