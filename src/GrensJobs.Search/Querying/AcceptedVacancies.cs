using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The documents a search may return, as a random-access filter that becomes the accepted documents of its scorers:
/// open vacancies (the segment's <see cref="SegmentColumns.Open"/> bits, with the live documents) and, when asked,
/// the range checks — hours overlap, posted since, minimum monthly salary — read from the segment's columns. The
/// ranges are checked only for the documents the words and term filters reach, instead of as range queries that
/// visit every document in the range (measured at 1M: filter queries p50 14 → 9 ms, p99 73 → 45 ms).
/// </summary>
internal sealed class AcceptedVacancies : Filter
{
    private readonly int? _minHalfHours;
    private readonly int? _maxHalfHours;
    private readonly int? _sinceDay;
    private readonly int? _minSalary;

    private AcceptedVacancies(HoursFilter? hours, int? sinceDay, int? minSalary)
    {
        _minHalfHours = hours is null ? null : VacancyDocument.HalfHours(hours.Min);
        _maxHalfHours = hours is null ? null : VacancyDocument.HalfHours(hours.Max);
        _sinceDay = sinceDay;
        _minSalary = minSalary;
    }

    /// <summary>Open vacancies that pass the range filters of <paramref name="request"/>.</summary>
    public static AcceptedVacancies WithRanges(SearchRequest request) =>
        new(request.Hours, request.Since?.DayNumber, request.MinMonthlySalary is { } salary ? (int)Math.Ceiling(salary) : null);

    private bool HasRanges => _minHalfHours is not null || _sinceDay is not null || _minSalary is not null;

    /// <summary>
    /// <paramref name="query"/> restricted to these documents through random access, always: the default strategy
    /// falls back to stepping through the filter when its first accepted document is late in a segment, which for a
    /// computed filter means testing every document.
    /// </summary>
    public Query Restrict(Query query) => new FilteredQuery(query, this, RandomAccess.Always);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var columns = SegmentColumns.Of(context.AtomicReader);
        if (!HasRanges)
        {
            return BitsFilteredDocIdSet.Wrap(columns.Open, acceptDocs);
        }

        return new Accepted(this, columns, acceptDocs);
    }

    private bool InRanges(SegmentColumns columns, int doc)
    {
        if (_sinceDay is { } since && columns.Posted[doc] < since)
        {
            return false;
        }

        if (_minHalfHours is null && _minSalary is null)
        {
            return true;
        }

        var ranges = columns.Ranges[doc];
        if (_minHalfHours is { } min && !(VacancyDocument.HoursMaxOf(ranges) >= min && VacancyDocument.HoursMinOf(ranges) <= _maxHalfHours))
        {
            return false;
        }

        return _minSalary is not { } minimum || VacancyDocument.MonthlySalaryOf(ranges) >= minimum;
    }

    private sealed class RandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        public static RandomAccess Always { get; } = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }

    /// <summary>The accepted documents of one segment (random access only; the scorers drive the iteration).</summary>
    private sealed class Accepted(AcceptedVacancies filter, SegmentColumns columns, IBits? live) : DocIdSet, IBits
    {
        public int Length => columns.Open.Length;

        public override IBits Bits => this;

        public override bool IsCacheable => false;

        public bool Get(int index) =>
            columns.Open.Get(index) && (live is null || live.Get(index)) && filter.InRanges(columns, index);

        public override DocIdSetIterator GetIterator() => new Iterator(this);

        private sealed class Iterator(Accepted accepted) : DocIdSetIterator
        {
            private int _doc = -1;

            public override int DocID => _doc;

            public override int NextDoc() => Advance(_doc + 1);

            public override int Advance(int target)
            {
                for (_doc = target; _doc < accepted.Length; _doc++)
                {
                    if (accepted.Get(_doc))
                    {
                        return _doc;
                    }
                }

                return _doc = NO_MORE_DOCS;
            }

            public override long GetCost() => accepted.Length;
        }
    }
}
