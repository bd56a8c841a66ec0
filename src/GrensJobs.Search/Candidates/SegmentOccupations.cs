using System.Runtime.CompilerServices;
using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Candidates;

/// <summary>
/// Each document's occupation (ESCO concept and ISCO-08 unit group) as two small numbers into per-segment tables, read
/// once from the segment's terms and kept for as long as the segment is open: a match then knows a candidate's
/// occupation without reading its display record.
/// </summary>
internal sealed class SegmentOccupations
{
    private static readonly ConditionalWeakTable<object, SegmentOccupations> Cache = [];
    private readonly int[] _concepts;
    private readonly int[] _iscos;
    private readonly List<string> _conceptNames = [];
    private readonly List<string> _iscoCodes = [];

    private SegmentOccupations(AtomicReader reader)
    {
        _concepts = new int[reader.MaxDoc];
        Fill(reader, FieldNames.Concept, _concepts, _conceptNames);
        // An ISCO code of fewer than four digits (a group named by a plural title) keeps its own length: the longest wins.
        _iscos = new int[reader.MaxDoc];
        for (var level = 1; level <= 4; level++)
        {
            Fill(reader, FieldNames.Isco(level), _iscos, _iscoCodes);
        }
    }

    public static SegmentOccupations Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentOccupations(reader));

    public string? Concept(int doc) => _concepts[doc] is var ord and > 0 ? _conceptNames[ord - 1] : null;

    public string? Isco(int doc) => _iscos[doc] is var ord and > 0 ? _iscoCodes[ord - 1] : null;

    /// <summary>Sets each document's entry to 1 + the number of its term in <paramref name="field"/> (a field of one term a document).</summary>
    private static void Fill(AtomicReader reader, string field, int[] ordinals, List<string> names)
    {
        if (reader.GetTerms(field) is not { } terms)
        {
            return;
        }

        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            names.Add(termsEnum.Term.Utf8ToString());
            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                ordinals[doc] = names.Count;
            }
        }
    }
}
