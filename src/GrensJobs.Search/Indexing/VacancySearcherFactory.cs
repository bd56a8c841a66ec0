using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GrensJobs.Search.Indexing;

/// <summary>Searchers score with BM25, as the writer's norms were written for it.</summary>
internal sealed class VacancySearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = new BM25Similarity() };
}
