using GrensJobs.Search.Querying;
using Lucene.Net.Search;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Search.Tests.Querying;

public sealed class MatchCollectorDeadlineTests : IDisposable
{
    private readonly IndexedVacancies _index = new();

    [Fact]
    public void Collect_PastTheDeadline_StopsAtTheNextCheckInterval()
    {
        _index.Add(RawVacancies.Lasser("lasser-venlo"));
        _index.Add(RawVacancies.Schweisser("schweisser-kevelaer"));
        _index.Commit();
        var deadline = new SearchDeadline(new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) }, TimeSpan.FromMilliseconds(100));
        using var lease = _index.Index.Acquire();
        var leaves = lease.Searcher.IndexReader.Leaves;
        var collector = new MatchCollector(leaves, null, null, null, deadline);
        collector.SetScorer(lease.Searcher.CreateNormalizedWeight(new MatchAllDocsQuery()).GetScorer(leaves[0], null));
        collector.SetNextReader(leaves[0]);
        try
        {
            // A long run of matches (the same document, as a broad query over a large index would give many).
            for (var i = 1; i < SearchDeadline.CollectInterval; i++)
            {
                collector.Collect(0);
            }

            Assert.Equal(SearchDeadline.CollectInterval - 1, collector.Matches.Count);
            Assert.Throws<SearchTimeoutException>(() => collector.Collect(0));
        }
        finally
        {
            collector.Matches.Dispose();
        }
    }

    public void Dispose() => _index.Dispose();
}
