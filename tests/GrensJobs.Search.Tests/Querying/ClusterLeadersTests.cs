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

        for (var i = 0; i < clusters.Length; i++)
        {
            leaders.Leader(clusters[i], out var found) = i;
            Assert.False(found);
        }

        for (var i = 0; i < clusters.Length; i++)
        {
            ref var leader = ref leaders.Leader(clusters[i], out var found);
            Assert.True(found);
            Assert.Equal(i, leader);
            leader = 100 + i;
        }

        var all = new List<int>();
        leaders.ForEachLeader(all.Add);
        Assert.Equal(Enumerable.Range(100, clusters.Length), all.Order());
    }
}
