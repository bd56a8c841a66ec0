using System.Runtime.CompilerServices;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;

namespace GrensJobs.Search.Querying;

/// <summary>
/// A segment's per-document numbers a search reads for every match (packed facets, posted day, cluster hash, first
/// seen), copied once from its doc values into arrays on the heap: a match then costs four array reads instead of
/// four reads through the memory-mapped, bit-packed doc values. Kept per segment core (a segment's doc values never
/// change; replaced documents go to new segments) for as long as the segment is open.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];

    private SegmentColumns(int maxDoc)
    {
        Facets = new long[maxDoc];
        Posted = new int[maxDoc];
        Clusters = new long[maxDoc];
        FirstSeen = new long[maxDoc];
    }

    public long[] Facets { get; }

    public int[] Posted { get; }

    public long[] Clusters { get; }

    public long[] FirstSeen { get; }

    public static SegmentColumns Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentColumns Load(AtomicReader reader)
    {
        var columns = new SegmentColumns(reader.MaxDoc);
        Copy(reader.GetNumericDocValues(FieldNames.Facets), columns.Facets);
        Copy(reader.GetNumericDocValues(FieldNames.ClusterHash), columns.Clusters);
        Copy(reader.GetNumericDocValues(FieldNames.FirstSeen), columns.FirstSeen);
        if (reader.GetNumericDocValues(FieldNames.Posted) is { } posted)
        {
            for (var doc = 0; doc < columns.Posted.Length; doc++)
            {
                columns.Posted[doc] = (int)posted.Get(doc);
            }
        }

        return columns;
    }

    private static void Copy(NumericDocValues? values, long[] target)
    {
        if (values is null)
        {
            return;
        }

        for (var doc = 0; doc < target.Length; doc++)
        {
            target[doc] = values.Get(doc);
        }
    }
}
