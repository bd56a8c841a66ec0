namespace GrensJobs.Search.Requests;

/// <summary>
/// The parameters of a search (CONTRACTS.md "Search"). Each surface spells them its own way: the command line as
/// <c>--min-salary</c>, the HTTP API as <c>minSalary</c>; errors carry the identity, not a spelling.
/// </summary>
public enum SearchParameter
{
    Query,
    Near,
    Radius,
    Country,
    Euregio,
    Nuts3,
    Occupation,
    Contract,
    Hours,
    Since,
    Remote,
    MinSalary,
    Speaks,
    Sort,
    Top,
    Page,
    UiLanguage,
}
