using GrensJobs.Search.Querying;
using Microsoft.Extensions.Primitives;

namespace GrensJobs.Search.Requests;

/// <summary>
/// The query parameters of the HTTP search (CONTRACTS.md "Search": <c>q</c>, <c>near</c> … <c>uiLang</c>) and their
/// reading: a parameter no search knows, or a single value given twice, is an error, never silently ignored.
/// </summary>
public static class SearchQueryParameters
{
    private static readonly (string Name, SearchParameter Parameter, bool IsList)[] Known =
    [
        ("q", SearchParameter.Query, false),
        ("near", SearchParameter.Near, false),
        ("radius", SearchParameter.Radius, false),
        ("country", SearchParameter.Country, true),
        ("euregio", SearchParameter.Euregio, true),
        ("nuts3", SearchParameter.Nuts3, true),
        ("occupation", SearchParameter.Occupation, false),
        ("contract", SearchParameter.Contract, true),
        ("hours", SearchParameter.Hours, false),
        ("since", SearchParameter.Since, false),
        ("remote", SearchParameter.Remote, false),
        ("minSalary", SearchParameter.MinSalary, false),
        ("speaks", SearchParameter.Speaks, true),
        ("sort", SearchParameter.Sort, false),
        ("top", SearchParameter.Top, false),
        ("page", SearchParameter.Page, false),
        ("uiLang", SearchParameter.UiLanguage, false),
    ];

    /// <summary>The HTTP name of a parameter (<c>minSalary</c>).</summary>
    public static string Name(SearchParameter parameter) => Known.First(known => known.Parameter == parameter).Name;

    /// <summary>The raw values of a query string, or what is wrong with its names; the values are parsed later.</summary>
    public static (SearchParameters Parameters, IReadOnlyList<SearchRequestError> Errors) Read(
        IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<SearchRequestError>();
        var values = new Dictionary<SearchParameter, StringValues>();
        foreach (var (name, value) in query)
        {
            var index = Array.FindIndex(Known, known => string.Equals(known.Name, name, StringComparison.Ordinal));
            if (index < 0)
            {
                errors.Add(Unknown(name));
                continue;
            }

            var (_, parameter, isList) = Known[index];
            if (!isList && value.Count > 1)
            {
                errors.Add(new(parameter, SearchErrorKind.Repeated, []));
                continue;
            }

            values[parameter] = value;
        }

        string? Single(SearchParameter parameter) => values.TryGetValue(parameter, out var value) ? value.ToString() : null;
        IReadOnlyList<string> List(SearchParameter parameter) =>
            values.TryGetValue(parameter, out var value) ? [.. value.Select(item => item ?? "")] : [];

        return (new SearchParameters
        {
            Query = Single(SearchParameter.Query),
            Near = Single(SearchParameter.Near),
            Radius = Single(SearchParameter.Radius),
            Country = List(SearchParameter.Country),
            Euregio = List(SearchParameter.Euregio),
            Nuts3 = List(SearchParameter.Nuts3),
            Occupation = Single(SearchParameter.Occupation),
            Contract = List(SearchParameter.Contract),
            Hours = Single(SearchParameter.Hours),
            Since = Single(SearchParameter.Since),
            Remote = Single(SearchParameter.Remote),
            MinSalary = Single(SearchParameter.MinSalary),
            Speaks = List(SearchParameter.Speaks),
            Sort = Single(SearchParameter.Sort),
            Top = Single(SearchParameter.Top),
            Page = Single(SearchParameter.Page),
            UiLanguage = Single(SearchParameter.UiLanguage),
        }, errors);
    }

    /// <summary>An unknown name, with the known one it most likely meant (<c>min-salary</c>, <c>ui-lang</c>, <c>radious</c>).</summary>
    private static SearchRequestError Unknown(string name)
    {
        var shown = name.Length > 40 ? string.Concat(name.AsSpan(0, 40), "…") : name;
        var folded = Fold(name);
        var meant = Known.FirstOrDefault(known => string.Equals(Fold(known.Name), folded, StringComparison.Ordinal)).Name
                    ?? Known.FirstOrDefault(known => folded.Length >= 3 && EditDistance.Compute(Fold(known.Name), folded, 2) <= 2).Name;
        return meant is null
            ? new(null, SearchErrorKind.UnknownParameter, [shown, string.Join(", ", Known.Select(known => known.Name))])
            : new(null, SearchErrorKind.UnknownParameterDidYouMean, [shown, meant]);
    }

    private static string Fold(string name) =>
        string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
}
