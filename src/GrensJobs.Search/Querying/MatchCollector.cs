using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Collects every match once: applies the per-document checks (exact radius, <c>--speaks</c>), records score, date and
/// distance for ordering and whether the vacancy joined another's dedup cluster for collapsing, and counts the facets
/// of every match (collapsing takes the hidden members of a cluster out again). Every
/// <see cref="SearchDeadline.CollectInterval"/> documents it checks the search's deadline.
/// </summary>
internal sealed class MatchCollector(
    IList<AtomicReaderContext> leaves, DistanceCheck? distance, double? radiusKm, LanguageCheck? languages, SearchDeadline deadline)
    : ICollector
{
    private Scorer? _scorer;
    private int _untilCheck = SearchDeadline.CollectInterval;
    private int _docBase;
    private DocumentColumns[] _documents = [];

    public MatchList Matches { get; } = new(leaves);

    public FacetCounter Facets { get; } = new();

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Takes over the matches and facet counts of <paramref name="other"/> (a collector of other segments).</summary>
    public void Absorb(MatchCollector other)
    {
        Matches.AddAll(other.Matches);
        Facets.Add(other.Facets);
        other.Matches.Dispose();
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        var columns = SegmentColumns.Of(reader);
        _documents = columns.Documents;
        distance?.SetNextReader(reader);
        languages?.SetNextReader(reader);
    }

    public void Collect(int doc)
    {
        if (--_untilCheck == 0)
        {
            _untilCheck = SearchDeadline.CollectInterval;
            deadline.Check();
        }

        if (languages is not null && !languages.Accepts(doc))
        {
            return;
        }

        var km = double.NaN;
        if (distance is not null)
        {
            km = distance.DistanceKm(doc);
            if (radiusKm is { } radius && !(km <= radius))
            {
                return;
            }
        }

        ref readonly var values = ref _documents[doc];
        Matches.Add(_docBase + doc, _scorer!.GetScore(), values.Posted, km, values.Cluster, values.Joined);
        Facets.Add(values.Facets);
    }
}
