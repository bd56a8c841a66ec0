using System.Globalization;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Requests;

/// <summary>
/// The one reading of a search for every surface (the command line and the HTTP API): raw values in, a
/// <see cref="SearchRequest"/> within <see cref="SearchLimits"/> out, or every error found, each naming its parameter.
/// </summary>
public static partial class SearchRequestParser
{
    public const int DefaultTop = 20;

    /// <summary>The most hours in a week (<c>hours</c>).</summary>
    public const int MaxWeeklyHours = 168;

    /// <summary>Reads <paramref name="parameters"/>; <paramref name="normaliser"/> resolves the place of <c>near</c>.</summary>
    public static SearchRequestParse Parse(SearchParameters parameters, VacancyNormaliser normaliser)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(normaliser);
        var errors = new List<SearchRequestError>();

        var text = QueryText(parameters.Query, errors);
        var countries = Items(SearchParameter.Country, parameters.Country, errors, value => value.ToUpperInvariant(),
            code => code.Length == 2 && CountryCodes.IsAssigned(code), SearchErrorKind.UnknownCountry);
        var euregios = Items(SearchParameter.Euregio, parameters.Euregio, errors, value => value.ToLowerInvariant(),
            id => Euregios.All.Contains(id, StringComparer.Ordinal), SearchErrorKind.UnknownEuregio, string.Join(", ", Euregios.All));
        var nuts3 = Items(SearchParameter.Nuts3, parameters.Nuts3, errors, value => value.ToUpperInvariant(),
            IsNuts3, SearchErrorKind.BadNuts3);
        var contracts = Items(SearchParameter.Contract, parameters.Contract, errors, value => value.ToLowerInvariant(),
            ContractNames.ContainsKey, SearchErrorKind.UnknownContract, string.Join(", ", ContractNames.Keys));
        var speaks = Items(SearchParameter.Speaks, parameters.Speaks, errors, value => value,
            item => ParseSpeaks(item) is not null, SearchErrorKind.BadSpeaks);

        var occupation = Blank(parameters.Occupation);
        if (occupation is not null && (occupation.Length is < 1 or > 4 || !occupation.All(char.IsAsciiDigit)))
        {
            errors.Add(new(SearchParameter.Occupation, SearchErrorKind.BadOccupation, [occupation]));
        }

        var remote = Choice(SearchParameter.Remote, parameters.Remote, RemoteNames, SearchErrorKind.UnknownRemote, errors);
        var sort = Choice(SearchParameter.Sort, parameters.Sort, SortNames, SearchErrorKind.UnknownSort, errors) ?? SearchSort.Relevance;
        var hours = Hours(parameters.Hours, errors);
        var since = Since(parameters.Since, errors);
        var uiLanguage = UiLanguage(parameters.UiLanguage, errors);
        var radius = Radius(parameters.Radius, errors);
        var minSalary = MinSalary(parameters.MinSalary, errors);
        var (top, page) = Paging(parameters.Top, parameters.Page, errors);

        var nearText = Blank(parameters.Near);
        if (nearText is null && Blank(parameters.Radius) is not null)
        {
            errors.Add(new(SearchParameter.Radius, SearchErrorKind.RadiusNeedsNear, [], SearchParameter.Near));
        }

        if (nearText is null && sort == SearchSort.Distance)
        {
            errors.Add(new(SearchParameter.Sort, SearchErrorKind.DistanceSortNeedsNear, [], SearchParameter.Near));
        }

        var near = nearText is null ? null : normaliser.FindPlace(nearText, countries.FirstOrDefault());
        if (nearText is not null && near is null)
        {
            errors.Add(new(SearchParameter.Near, SearchErrorKind.UnknownPlace, [nearText]));
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        return new(new SearchRequest
        {
            Text = text,
            Near = near,
            RadiusKm = radius,
            Countries = countries,
            Euregios = euregios,
            Nuts3 = nuts3,
            Occupation = occupation,
            Contracts = [.. contracts.Select(name => ContractNames[name])],
            Hours = hours,
            Since = since,
            Remote = remote,
            MinMonthlySalary = minSalary,
            Speaks = speaks.Select(item => ParseSpeaks(item)!.Value)
                .GroupBy(pair => pair.Language, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Last().Level, StringComparer.Ordinal),
            Sort = sort,
            Top = top,
            Page = page,
            UiLanguage = uiLanguage,
        }, []);
    }

    private static string? QueryText(string? query, List<SearchRequestError> errors)
    {
        var text = Blank(query);
        if (text is null)
        {
            return null;
        }

        var characters = text.EnumerateRunes().Count();
        if (characters > SearchLimits.MaxQueryCharacters)
        {
            errors.Add(new(SearchParameter.Query, SearchErrorKind.QueryTooLong, [Invariant(SearchLimits.MaxQueryCharacters), Invariant(characters)]));
            return null;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > SearchLimits.MaxQueryWords)
        {
            errors.Add(new(SearchParameter.Query, SearchErrorKind.QueryTooManyWords, [Invariant(SearchLimits.MaxQueryWords), Invariant(words)]));
        }

        return text;
    }

    /// <summary>
    /// The values of a list ("NL,DE" and repeated values alike), each normalised; the first bad one and a list beyond
    /// <see cref="SearchLimits.MaxListValues"/> are errors.
    /// </summary>
    private static List<string> Items(
        SearchParameter parameter, IReadOnlyList<string> values, List<SearchRequestError> errors, Func<string, string> normalise,
        Func<string, bool> isValid, SearchErrorKind kind, string? known = null)
    {
        var items = values
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (items.Count > SearchLimits.MaxListValues)
        {
            errors.Add(new(parameter, SearchErrorKind.TooManyValues, [Invariant(SearchLimits.MaxListValues), Invariant(items.Count)]));
            return [];
        }

        var normalised = items.Select(normalise).ToList();
        var bad = normalised.FindIndex(item => !isValid(item));
        if (bad >= 0)
        {
            errors.Add(new(parameter, kind, known is null ? [items[bad]] : [items[bad], known]));
            return [];
        }

        return normalised;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
