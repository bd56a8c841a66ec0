using System.Buffers;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The collected matches as parallel arrays (no object per match), with the order of a <see cref="SearchSort"/>.
/// The arrays are rented from the shared pool (a broad query at 1M collects hundreds of thousands of matches, and
/// fresh arrays of that size would land on the large-object heap on every query): dispose the list after the response.
/// </summary>
internal sealed class MatchList : IDisposable
{
    /// <summary>Enough for most searches at 1M without growing (pooled: no garbage either way).</summary>
    private const int InitialCapacity = 32_768;

    private int[] _docs = Rent<int>(InitialCapacity);
    private float[] _scores = Rent<float>(InitialCapacity);
    private int[] _posted = Rent<int>(InitialCapacity);
    private double[] _distances = Rent<double>(InitialCapacity);
    private long[] _clusters = Rent<long>(InitialCapacity);
    private long[] _facets = Rent<long>(InitialCapacity);
    private long[] _firstSeen = Rent<long>(InitialCapacity);

    public int Count { get; private set; }

    public int Doc(int i) => _docs[i];

    public float Score(int i) => _scores[i];

    public double Distance(int i) => _distances[i];

    public long Cluster(int i) => _clusters[i];

    public long FacetBits(int i) => _facets[i];

    public void Add(int doc, float score, int posted, double distance, long cluster, long facets, long firstSeen)
    {
        if (Count == _docs.Length)
        {
            Grow(Count * 2);
        }

        _docs[Count] = doc;
        _scores[Count] = score;
        _posted[Count] = posted;
        _distances[Count] = distance;
        _clusters[Count] = cluster;
        _facets[Count] = facets;
        _firstSeen[Count] = firstSeen;
        Count++;
    }

    /// <summary>Appends the matches of <paramref name="other"/> (matches of other segments).</summary>
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
        Array.Copy(other._facets, 0, _facets, Count, other.Count);
        Array.Copy(other._firstSeen, 0, _firstSeen, Count, other.Count);
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
        Return(ref _facets);
        Return(ref _firstSeen);
        Count = 0;
    }

    private static T[] Rent<T>(int size) => ArrayPool<T>.Shared.Rent(size);

    private void Grow(int size)
    {
        Grow(ref _docs, size);
        Grow(ref _scores, size);
        Grow(ref _posted, size);
        Grow(ref _distances, size);
        Grow(ref _clusters, size);
        Grow(ref _facets, size);
        Grow(ref _firstSeen, size);
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
        var seen = _firstSeen[a].CompareTo(_firstSeen[b]);
        return seen != 0 ? seen : _docs[a].CompareTo(_docs[b]);
    }
}
