using System.Runtime.CompilerServices;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

public sealed class ClusterLeadersTests
{
    [Fact]
    public void Leader_HashesSharingTheirLowBits_KeepTheirOwnLeaders()
    {
        // Sixteen clusters in a table of 32 slots, every hash landing on the same first slot (and two negative ones).
        long[] clusters = [.. Enumerable.Range(1, 14).Select(i => (long)i << 40), -(1L << 40), -(2L << 40)];
        using var leaders = new ClusterLeaders(clusters.Length);
        foreach (var cluster in clusters)
        {
            leaders.Register(cluster);
        }

        for (var i = 0; i < clusters.Length; i++)
        {
            ref var leader = ref leaders.Leader(clusters[i]);
            Assert.Equal(ClusterLeaders.NoLeader, leader);
            leader = 100 + i;
        }

        leaders.Register(clusters[3]);
        Assert.Equal(Enumerable.Range(100, clusters.Length), clusters.Select(c => leaders.Leader(c)));
    }

    [Fact]
    public void Leader_OfAClusterNotRegistered_IsANullReference()
    {
        using var leaders = new ClusterLeaders(2);
        leaders.Register(1L << 40);
        leaders.Register(2L << 40);

        Assert.True(Unsafe.IsNullRef(ref leaders.Leader(3L << 40)));
        Assert.True(Unsafe.IsNullRef(ref leaders.Leader((1L << 40) + 2)));
        Assert.False(Unsafe.IsNullRef(ref leaders.Leader(2L << 40)));
    }
}
