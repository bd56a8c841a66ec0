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

    public (IndexedHit Hit, string? SnippetSource) Read(int doc) => DisplayRecord.Decode(Bytes(doc));

    /// <summary>Only id, source, URL and cluster (see <see cref="DisplayRecord.DecodeLink"/>).</summary>
    public (string Id, string Source, string? Url, string? Cluster) ReadLink(int doc) => DisplayRecord.DecodeLink(Bytes(doc));

    private BytesRef Bytes(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, _leaves);
        var values = _values[leaf] ??= _leaves[leaf].AtomicReader.GetBinaryDocValues(FieldNames.Display)
                                       ?? throw new InvalidDataException($"Document {doc} has no display data: run 'grensjobs reindex'.");
        values.Get(doc - _leaves[leaf].DocBase, _bytes);
        if (_bytes.Length == 0)
        {
            throw new InvalidDataException("A document has no display data: run 'grensjobs reindex'.");
        }

        return _bytes;
    }
}
