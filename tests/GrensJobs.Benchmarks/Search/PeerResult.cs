namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// What the PostgreSQL peer answers: the number of matches, the keys (<c>source:id</c>) of the first page in order,
/// and the facet counts (facet name → value → count) over all matches.
/// </summary>
internal sealed record PeerResult(
    long Total,
    IReadOnlyList<string> TopKeys,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Facets);
