namespace GrensJobs.Search.Querying;

/// <summary>The collected matches as parallel arrays (no object per match), with the order of a <see cref="SearchSort"/>.</summary>
internal sealed class MatchList
{
    private int[] _docs = new int[256];
    private float[] _scores = new float[256];
    private int[] _posted = new int[256];
    private double[] _distances = new double[256];
    private long[] _clusters = new long[256];
    private long[] _facets = new long[256];
    private long[] _firstSeen = new long[256];

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
            var size = Count * 2;
            Array.Resize(ref _docs, size);
            Array.Resize(ref _scores, size);
            Array.Resize(ref _posted, size);
            Array.Resize(ref _distances, size);
            Array.Resize(ref _clusters, size);
            Array.Resize(ref _facets, size);
            Array.Resize(ref _firstSeen, size);
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

    /// <summary>Orders match indexes: negative when <paramref name="a"/> comes first.</summary>
    public Comparison<int> Order(SearchSort sort) => sort switch
    {
        SearchSort.Date => (a, b) => Chain(_posted[b].CompareTo(_posted[a]), _scores[b].CompareTo(_scores[a]), a, b),
        SearchSort.Distance => (a, b) => Chain(Nearest(a).CompareTo(Nearest(b)), _scores[b].CompareTo(_scores[a]), a, b),
        _ => (a, b) => Chain(_scores[b].CompareTo(_scores[a]), _posted[b].CompareTo(_posted[a]), a, b),
    };

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
