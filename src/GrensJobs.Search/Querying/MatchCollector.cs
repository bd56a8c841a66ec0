using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Collects every match once: applies the per-document checks (exact radius, <c>--speaks</c>), records score, date,
/// distance and dedup cluster for ordering and collapsing, and counts the facets of vacancies in no cluster at once
/// (clustered ones are counted after collapsing, once per cluster).
/// </summary>
internal sealed class MatchCollector(DistanceCheck? distance, double? radiusKm, LanguageCheck? languages) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _facets;
    private NumericDocValues? _posted;
    private NumericDocValues? _clusters;
    private NumericDocValues? _firstSeen;

    public MatchList Matches { get; } = new();

    public FacetCounter Facets { get; } = new();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _facets = reader.GetNumericDocValues(FieldNames.Facets);
        _posted = reader.GetNumericDocValues(FieldNames.Posted);
        _clusters = reader.GetNumericDocValues(FieldNames.ClusterHash);
        _firstSeen = reader.GetNumericDocValues(FieldNames.FirstSeen);
        distance?.SetNextReader(reader);
        languages?.SetNextReader(reader);
    }

    public void Collect(int doc)
    {
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

        var facets = _facets?.Get(doc) ?? 0;
        var cluster = _clusters?.Get(doc) ?? 0;
        Matches.Add(_docBase + doc, _scorer!.GetScore(), (int)(_posted?.Get(doc) ?? 0), km, cluster, facets, _firstSeen?.Get(doc) ?? 0);
        if (cluster == 0)
        {
            Facets.Add(facets);
        }
    }
}
