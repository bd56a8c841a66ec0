namespace GrensJobs.Search.Querying;

/// <summary>
/// The documented limits of one search request: far above what a person types or pages through, well below what makes
/// a query expensive. A request beyond one of them is refused with a message naming the limit (CLI exit 2, HTTP 400);
/// a request within them gets its results.
/// </summary>
public static class SearchLimits
{
    /// <summary>Characters in the query text.</summary>
    public const int MaxQueryCharacters = 500;

    /// <summary>Words in the query text.</summary>
    public const int MaxQueryWords = 32;

    /// <summary>Results per page (<c>top</c>).</summary>
    public const int MaxTop = 100;

    /// <summary>The deepest result a request may reach: <c>page × top</c>.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Values in one list option (countries, Euregios, NUTS-3 codes, contracts, languages).</summary>
    public const int MaxListValues = 50;

    /// <summary>Kilometres of <c>radius</c> (the whole border region fits in far less).</summary>
    public const int MaxRadiusKm = 1_000;

    /// <summary>Euros a month of <c>minSalary</c>.</summary>
    public const int MaxMonthlySalary = 1_000_000;
}
