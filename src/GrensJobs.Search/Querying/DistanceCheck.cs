using GrensJobs.Search.Indexing;
using Lucene.Net.Index;

namespace GrensJobs.Search.Querying;

/// <summary>The exact great-circle distance from the search's place to a document's nearest place.</summary>
internal sealed class DistanceCheck(GeoPoint near)
{
    private SegmentColumns? _columns;

    public void SetNextReader(AtomicReader reader) => _columns = SegmentColumns.Of(reader);

    /// <summary>Kilometres to the nearest place of <paramref name="doc"/>; +∞ when it has no coordinates.</summary>
    public double DistanceKm(int doc)
    {
        var places = _columns!.Places(doc);
        var best = double.PositiveInfinity;
        for (var i = 0; i + 1 < places.Length; i += 2)
        {
            best = Math.Min(best, near.DistanceKm(places[i] / VacancyDocument.CoordinateScale, places[i + 1] / VacancyDocument.CoordinateScale));
        }

        return best;
    }
}
