namespace GrensJobs.Search.Querying;

/// <summary>
/// One executed search before it is shown: the page's match indexes in order, the totals and the facets. Owns the
/// pooled <see cref="MatchList"/>: dispose it once the response is built.
/// </summary>
internal sealed record SearchOutcome(MatchList Matches, IReadOnlyList<int> Page, long Total, FacetCounter Facets, TextQuery? Text) : IDisposable
{
    public void Dispose() => Matches.Dispose();
}
