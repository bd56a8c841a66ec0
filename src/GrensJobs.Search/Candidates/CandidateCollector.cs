using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Candidates;

/// <summary>
/// Collects open vacancies within the radius (exact great-circle distance to the nearest place), keeping per dedup
/// cluster the member seen first — the one search shows.
/// </summary>
internal sealed class CandidateCollector(GeoPoint? home, double? radiusKm) : ICollector
{
    private readonly Dictionary<long, CandidateHit> _byCluster = [];
    private readonly List<CandidateHit> _unclustered = [];
    private AtomicReaderContext? _context;
    private SegmentColumns? _columns;

    public bool AcceptsDocsOutOfOrder => true;

    public IEnumerable<CandidateHit> Hits => _byCluster.Values.Concat(_unclustered);

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _context = context;
        _columns = SegmentColumns.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        var columns = _columns!;
        if (!columns.Open.Get(doc))
        {
            return;
        }

        double? distance = home is { } point ? Nearest(point, columns.Places(doc)) : null;
        if (radiusKm is { } radius && (distance is null || distance > radius))
        {
            return;
        }

        var hit = new CandidateHit(_context!, doc, distance, columns.FirstSeen[doc]);
        var cluster = columns.Documents[doc].Cluster;
        if (cluster == 0)
        {
            _unclustered.Add(hit);
        }
        else if (!_byCluster.TryGetValue(cluster, out var kept) || hit.FirstSeen < kept.FirstSeen)
        {
            _byCluster[cluster] = hit;
        }
    }

    private static double? Nearest(GeoPoint point, ReadOnlySpan<int> places)
    {
        double? best = null;
        for (var i = 0; i + 1 < places.Length; i += 2)
        {
            var distance = point.DistanceKm(places[i] / VacancyDocument.CoordinateScale, places[i + 1] / VacancyDocument.CoordinateScale);
            if (best is null || distance < best)
            {
                best = distance;
            }
        }

        return best;
    }
}
