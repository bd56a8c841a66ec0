using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Open vacancies only, as a random-access filter: the segment's <see cref="SegmentColumns.Open"/> bits, with the
/// live documents, become the accepted documents of the search's scorers (no conjunction with nearly every document).
/// </summary>
internal sealed class OpenVacancies : Filter
{
    public static OpenVacancies Filter { get; } = new();

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(SegmentColumns.Of(context.AtomicReader).Open, acceptDocs);
}
