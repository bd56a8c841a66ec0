using Lucene.Net.Search;

namespace GrensJobs.Search.Indexing;

/// <summary>An acquired <see cref="IndexSearcher"/>, released on dispose.</summary>
public readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
