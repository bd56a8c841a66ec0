using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>Reads the <see cref="DisplayRecord"/> of documents of one searcher (for one search; not thread-safe).</summary>
internal sealed class DisplayReader(IndexReader reader)
{
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly BinaryDocValues?[] _values = new BinaryDocValues?[reader.Leaves.Count];
    private readonly BytesRef _bytes = new();

    public (IndexedHit Hit, string? SnippetSource) Read(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, _leaves);
        var values = _values[leaf] ??= _leaves[leaf].AtomicReader.GetBinaryDocValues(FieldNames.Display)
                                       ?? throw new InvalidDataException($"Document {doc} has no display data: run 'grensjobs reindex'.");
        values.Get(doc - _leaves[leaf].DocBase, _bytes);
        return DisplayRecord.Decode(_bytes);
    }
}
