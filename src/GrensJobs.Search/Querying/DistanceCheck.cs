using System.Buffers.Binary;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>The exact great-circle distance from the search's place to a document's nearest place.</summary>
internal sealed class DistanceCheck(GeoPoint near)
{
    private readonly BytesRef _bytes = new();
    private BinaryDocValues? _geo;

    public void SetNextReader(AtomicReader reader) => _geo = reader.GetBinaryDocValues(FieldNames.Geo);

    /// <summary>Kilometres to the nearest place of <paramref name="doc"/>; +∞ when it has no coordinates.</summary>
    public double DistanceKm(int doc)
    {
        if (_geo is null)
        {
            return double.PositiveInfinity;
        }

        _geo.Get(doc, _bytes);
        var span = _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length);
        var best = double.PositiveInfinity;
        for (var i = 0; i + 8 <= span.Length; i += 8)
        {
            var lat = BinaryPrimitives.ReadInt32LittleEndian(span[i..]) / VacancyDocument.CoordinateScale;
            var lon = BinaryPrimitives.ReadInt32LittleEndian(span[(i + 4)..]) / VacancyDocument.CoordinateScale;
            best = Math.Min(best, near.DistanceKm(lat, lon));
        }

        return best;
    }
}
