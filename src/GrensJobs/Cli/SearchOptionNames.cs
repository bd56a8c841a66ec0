using GrensJobs.Search.Requests;

namespace GrensJobs.Cli;

/// <summary>How the command line spells each search parameter in its messages (<c>--min-salary</c>).</summary>
internal static class SearchOptionNames
{
    public static string Of(SearchParameter parameter) => parameter switch
    {
        SearchParameter.Query => "QUERY",
        SearchParameter.Near => "--near",
        SearchParameter.Radius => "--radius",
        SearchParameter.Country => "--country",
        SearchParameter.Euregio => "--euregio",
        SearchParameter.Nuts3 => "--nuts3",
        SearchParameter.Occupation => "--occupation",
        SearchParameter.Contract => "--contract",
        SearchParameter.Hours => "--hours",
        SearchParameter.Since => "--since",
        SearchParameter.Remote => "--remote",
        SearchParameter.MinSalary => "--min-salary",
        SearchParameter.Speaks => "--speaks",
        SearchParameter.Sort => "--sort",
        SearchParameter.Top => "--top",
        SearchParameter.Page => "--page",
        SearchParameter.UiLanguage => "--ui-lang",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, null),
    };
}
