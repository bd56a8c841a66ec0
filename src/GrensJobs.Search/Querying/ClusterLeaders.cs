using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The leading match of each dedup cluster that can have more than one match in a search (the clusters of the
/// matches that joined another vacancy's cluster): an open-addressing table from cluster hash to match index, in
/// arrays rented from the shared pool, so a search with many such clusters makes no garbage. Dispose after the search.
/// </summary>
internal sealed class ClusterLeaders : IDisposable
{
    /// <summary>The leader of a registered cluster before its first match.</summary>
    public const int NoLeader = -1;

    private long[] _keys;
    private int[] _leaders;
    private readonly int _mask;

    /// <param name="capacity">At most this many clusters will be registered.</param>
    public ClusterLeaders(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _mask = size - 1;
        _keys = ArrayPool<long>.Shared.Rent(size);
        _leaders = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_keys, 0, size);
    }

    /// <summary>Registers <paramref name="cluster"/> (a non-zero hash) with <see cref="NoLeader"/>; again is a no-op.</summary>
    public void Register(long cluster)
    {
        var slot = Slot(cluster);
        if (_keys[slot] == 0)
        {
            _keys[slot] = cluster;
            _leaders[slot] = NoLeader;
        }
    }

    /// <summary>
    /// The leader of a registered cluster, to read or replace; a null reference (<see cref="Unsafe.IsNullRef{T}"/>) for
    /// a cluster that was not registered.
    /// </summary>
    public ref int Leader(long cluster)
    {
        var slot = Slot(cluster);
        return ref _keys[slot] == 0 ? ref Unsafe.NullRef<int>() : ref _leaders[slot];
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

    /// <summary>The slot of <paramref name="cluster"/>, or the empty slot where it would go.</summary>
    private int Slot(long cluster)
    {
        var slot = (int)(cluster >> 1) & _mask;
        while (_keys[slot] != 0 && _keys[slot] != cluster)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }
}
