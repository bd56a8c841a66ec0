using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>
/// A segment's per-document numbers a search reads for every match (<see cref="DocumentColumns"/>: packed facets,
/// cluster, hours and salary, posted day; then first seen and coordinates), copied once from its doc values onto the
/// heap: a match then costs one cache line instead of reads through the memory-mapped, bit-packed doc values. Also
/// the segment's open documents as a bit set and the documents of each dedup cluster. Kept per segment core for as
/// long as the segment is open: a document's values never change in place (a changed vacancy is a new document;
/// deletions are applied with the live documents).
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];
    private readonly long[] _sortedClusters;
    private readonly int[] _docsByCluster;
    private readonly int[] _placeStarts;
    private readonly int[] _places;

    private SegmentColumns(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var facets = reader.GetNumericDocValues(FieldNames.Facets);
        var clusters = reader.GetNumericDocValues(FieldNames.ClusterHash);
        var ranges = reader.GetNumericDocValues(FieldNames.Ranges);
        var posted = reader.GetNumericDocValues(FieldNames.Posted);
        Documents = new DocumentColumns[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var cluster = clusters?.Get(doc) ?? 0;
            Documents[doc] = new DocumentColumns(
                facets?.Get(doc) ?? 0,
                VacancyDocument.ClusterOf(cluster),
                ranges?.Get(doc) ?? 0,
                (int)(posted?.Get(doc) ?? 0),
                VacancyDocument.JoinedOf(cluster));
        }

        FirstSeen = Longs(reader.GetNumericDocValues(FieldNames.FirstSeen), maxDoc);
        (_placeStarts, _places) = Coordinates(reader.GetBinaryDocValues(FieldNames.Geo), maxDoc);
        Open = new FixedBitSet(maxDoc);
        if (reader.GetTermDocsEnum(new Term(FieldNames.Status, VacancyDocument.StatusName(VacancyStatus.Open))) is { } open)
        {
            int doc;
            while ((doc = open.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                Open.Set(doc);
            }
        }

        // Documents ordered by cluster hash (and by document within a cluster): 12 bytes a document, where a
        // dictionary of member arrays cost ~100 (most clusters have one member).
        _sortedClusters = new long[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            _sortedClusters[doc] = Documents[doc].Cluster;
        }

        _docsByCluster = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            _docsByCluster[doc] = doc;
        }

        Array.Sort(_sortedClusters, _docsByCluster);
        for (var start = 0; start < maxDoc;)
        {
            var end = start + 1;
            while (end < maxDoc && _sortedClusters[end] == _sortedClusters[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(_docsByCluster, start, end - start);
            }

            start = end;
        }
    }

    /// <summary>Each document's numbers for matching, collecting and collapsing.</summary>
    public DocumentColumns[] Documents { get; }

    /// <summary>When each document's vacancy was first seen (Unix seconds): the tie-break of equal results.</summary>
    public long[] FirstSeen { get; }

    /// <summary>The open vacancies (deleted documents may still be set: apply the live documents too).</summary>
    public FixedBitSet Open { get; }

    /// <summary>The documents of a dedup cluster by <see cref="FieldNames.ClusterHash"/>, in document order (deleted ones too).</summary>
    public ReadOnlySpan<int> MembersOf(long clusterHash)
    {
        if (clusterHash == 0)
        {
            return [];
        }

        var first = LowerBound(clusterHash);
        var end = first;
        while (end < _sortedClusters.Length && _sortedClusters[end] == clusterHash)
        {
            end++;
        }

        return _docsByCluster.AsSpan(first, end - first);
    }

    /// <summary>The places of a document as scaled latitude, longitude pairs (<see cref="VacancyDocument.CoordinateScale"/>).</summary>
    public ReadOnlySpan<int> Places(int doc) => _places.AsSpan(_placeStarts[doc], _placeStarts[doc + 1] - _placeStarts[doc]);

    public static SegmentColumns Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));

    private int LowerBound(long clusterHash)
    {
        int low = 0, high = _sortedClusters.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_sortedClusters[middle] < clusterHash)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Every document's coordinates in one array, with the start of each document's pairs (CSR layout).</summary>
    private static (int[] Starts, int[] Places) Coordinates(BinaryDocValues? geo, int maxDoc)
    {
        var starts = new int[maxDoc + 1];
        if (geo is null)
        {
            return (starts, []);
        }

        var bytes = new BytesRef();
        var places = new List<int>(maxDoc * 2);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = places.Count;
            geo.Get(doc, bytes);
            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            for (var i = 0; i + 4 <= span.Length; i += 4)
            {
                places.Add(BinaryPrimitives.ReadInt32LittleEndian(span[i..]));
            }
        }

        starts[maxDoc] = places.Count;
        return (starts, [.. places]);
    }

    private static long[] Longs(NumericDocValues? values, int maxDoc)
    {
        var target = new long[maxDoc];
        if (values is not null)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                target[doc] = values.Get(doc);
            }
        }

        return target;
    }
}
