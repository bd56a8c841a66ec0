using System.Buffers;
using Lucene.Net.Index;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The collected matches of one search as parallel arrays (no object per match), with the order of a
/// <see cref="SearchSort"/>. Not thread-safe: one collector fills it, then one thread reads it. Only what ordering
/// and collapsing read of every match is copied (document, score, posted day, distance, dedup cluster); its facets
/// and first seen are read from its segment's <see cref="SegmentColumns"/> when a hidden member or a tie asks for
/// them. The arrays are rented from the shared pool (a broad query at 1M collects hundreds of thousands of matches,
/// and fresh arrays of that size would land on the large-object heap on every query): dispose the list after the
/// response.
/// </summary>
internal sealed class MatchList : IDisposable
{
    /// <summary>Enough for most searches at 1M without growing (pooled: no garbage either way).</summary>
    private const int InitialCapacity = 32_768;

    private readonly SegmentColumns[] _columns;
    private readonly int[] _leafStarts;
    private readonly int[] _leafEnds;
    private int _leaf;
    private int[] _docs = Rent<int>(InitialCapacity);
    private float[] _scores = Rent<float>(InitialCapacity);
    private int[] _posted = Rent<int>(InitialCapacity);
    private double[] _distances = Rent<double>(InitialCapacity);
    private long[] _clusters = Rent<long>(InitialCapacity);
    private readonly List<int> _joined = [];

    /// <param name="leaves">The segments of the searched reader (matches are numbered by their global document).</param>
    public MatchList(IList<AtomicReaderContext> leaves)
    {
        _columns = new SegmentColumns[leaves.Count];
        _leafStarts = new int[leaves.Count];
        _leafEnds = new int[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            _columns[i] = SegmentColumns.Of(leaves[i].AtomicReader);
            _leafStarts[i] = leaves[i].DocBase;
            _leafEnds[i] = leaves[i].DocBase + leaves[i].AtomicReader.MaxDoc;
        }
    }

    public int Count { get; private set; }

    /// <summary>The matches that joined another vacancy's dedup cluster (in the order added).</summary>
    public IReadOnlyList<int> Joined => _joined;

    public int Doc(int i) => _docs[i];

    public float Score(int i) => _scores[i];

    public double Distance(int i) => _distances[i];

    /// <summary>The hash of the match's dedup cluster (<see cref="DocumentColumns.Cluster"/>).</summary>
    public long Cluster(int i) => _clusters[i];

    public long FacetBits(int i)
    {
        var leaf = LeafOf(i);
        return _columns[leaf].Documents[_docs[i] - _leafStarts[leaf]].Facets;
    }

    /// <param name="doc">The global document.</param>
    /// <param name="cluster">The hash of its dedup cluster.</param>
    /// <param name="joined">Whether the match joined another vacancy's cluster (<see cref="Joined"/>).</param>
    public void Add(int doc, float score, int posted, double distance, long cluster, bool joined)
    {
        if (Count == _docs.Length)
        {
            Grow(Count * 2);
        }

        if (joined)
        {
            _joined.Add(Count);
        }

        _docs[Count] = doc;
        _scores[Count] = score;
        _posted[Count] = posted;
        _distances[Count] = distance;
        _clusters[Count] = cluster;
        Count++;
    }

    /// <summary>Appends the matches of <paramref name="other"/> (matches of other segments of the same reader).</summary>
    public void AddAll(MatchList other)
    {
        if (Count + other.Count > _docs.Length)
        {
            Grow(Math.Max(Count * 2, Count + other.Count));
        }

        Array.Copy(other._docs, 0, _docs, Count, other.Count);
        Array.Copy(other._scores, 0, _scores, Count, other.Count);
        Array.Copy(other._posted, 0, _posted, Count, other.Count);
        Array.Copy(other._distances, 0, _distances, Count, other.Count);
        Array.Copy(other._clusters, 0, _clusters, Count, other.Count);
        foreach (var joined in other._joined)
        {
            _joined.Add(Count + joined);
        }

        Count += other.Count;
    }

    /// <summary>Orders match indexes: negative when <paramref name="a"/> comes first.</summary>
    public Comparison<int> Order(SearchSort sort) => sort switch
    {
        SearchSort.Date => (a, b) => Chain(_posted[b].CompareTo(_posted[a]), _scores[b].CompareTo(_scores[a]), a, b),
        SearchSort.Distance => (a, b) => Chain(Nearest(a).CompareTo(Nearest(b)), _scores[b].CompareTo(_scores[a]), a, b),
        _ => (a, b) => Chain(_scores[b].CompareTo(_scores[a]), _posted[b].CompareTo(_posted[a]), a, b),
    };

    public void Dispose()
    {
        Return(ref _docs);
        Return(ref _scores);
        Return(ref _posted);
        Return(ref _distances);
        Return(ref _clusters);
        _joined.Clear();
        Count = 0;
    }

    private static T[] Rent<T>(int size) => ArrayPool<T>.Shared.Rent(size);

    private long FirstSeen(int i)
    {
        var leaf = LeafOf(i);
        return _columns[leaf].FirstSeen[_docs[i] - _leafStarts[leaf]];
    }

    /// <summary>The segment of a match: the one of the match before, mostly (each segment's matches come in one run).</summary>
    private int LeafOf(int i)
    {
        var doc = _docs[i];
        if (doc < _leafStarts[_leaf] || doc >= _leafEnds[_leaf])
        {
            _leaf = ReaderUtil.SubIndex(doc, _leafStarts);
        }

        return _leaf;
    }

    private void Grow(int size)
    {
        Grow(ref _docs, size);
        Grow(ref _scores, size);
        Grow(ref _posted, size);
        Grow(ref _distances, size);
        Grow(ref _clusters, size);
    }

    private void Grow<T>(ref T[] array, int size)
    {
        var larger = Rent<T>(size);
        Array.Copy(array, larger, Count);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }

    private static void Return<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
            array = [];
        }
    }

    private double Nearest(int i) => double.IsNaN(_distances[i]) ? double.PositiveInfinity : _distances[i];

    private int Chain(int first, int second, int a, int b)
    {
        if (first != 0)
        {
            return first;
        }

        if (second != 0)
        {
            return second;
        }

        // The earliest-seen member of a cluster (the original) leads it; then index order, for a stable result.
        var seen = FirstSeen(a).CompareTo(FirstSeen(b));
        return seen != 0 ? seen : _docs[a].CompareTo(_docs[b]);
    }
}
