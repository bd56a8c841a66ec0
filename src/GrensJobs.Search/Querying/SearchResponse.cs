namespace GrensJobs.Search.Querying;

/// <summary>The result of <c>search --json</c> (CONTRACTS.md "Search").</summary>
public sealed record SearchResponse
{
    /// <summary>Matching vacancies, counting each dedup cluster once.</summary>
    public required long Total { get; init; }

    public required SearchQueryEcho Query { get; init; }

    public required IReadOnlyList<SearchHit> Results { get; init; }

    /// <summary>Counts over every match (not only this page): country, euregio, isco1, isco2, language, contract, hours.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Facets { get; init; }

    /// <summary>When nothing is found: readable suggestions in the UI language.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>The same suggestions for programs: the query or radius to try and what it finds.</summary>
    public IReadOnlyList<SearchSuggestion> SuggestionDetails { get; init; } = [];
}
