using System.Buffers;
using System.Numerics;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The leading match of each dedup cluster during one search: an open-addressing table from cluster hash to match
/// index, in arrays rented from the shared pool. A broad query at 1M has tens of thousands of clusters among its
/// matches; a dictionary grew through large-object-heap arrays on every such query, and the full collections they
/// caused showed in the p99. Dispose after the search.
/// </summary>
internal sealed class ClusterLeaders : IDisposable
{
    private long[] _keys;
    private int[] _leaders;
    private readonly int _mask;

    /// <param name="capacity">At most this many clusters will be added.</param>
    public ClusterLeaders(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _mask = size - 1;
        _keys = ArrayPool<long>.Shared.Rent(size);
        _leaders = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_keys, 0, size);
    }

    /// <summary>The leader of <paramref name="cluster"/> (a non-zero hash), to read or replace; <paramref name="found"/> is false for a new cluster.</summary>
    public ref int Leader(long cluster, out bool found)
    {
        var slot = (int)cluster & _mask;
        while (_keys[slot] != 0 && _keys[slot] != cluster)
        {
            slot = (slot + 1) & _mask;
        }

        found = _keys[slot] != 0;
        _keys[slot] = cluster;
        return ref _leaders[slot];
    }

    /// <summary>Calls <paramref name="action"/> with every cluster's leader.</summary>
    public void ForEachLeader(Action<int> action)
    {
        for (var slot = 0; slot <= _mask; slot++)
        {
            if (_keys[slot] != 0)
            {
                action(_leaders[slot]);
            }
        }
    }

    public void Dispose()
    {
        if (_keys.Length > 0)
        {
            ArrayPool<long>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_leaders);
            _keys = [];
            _leaders = [];
        }
    }
}
