using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GrensJobs.Search.Querying;

/// <summary>
/// The documents a search may return, per segment, as the accepted documents of its scorers: live, open vacancies
/// (the segment's <see cref="SegmentColumns.Open"/> bits) and, when asked, the radius's bounding box and the range
/// checks — hours overlap, posted since, minimum monthly salary — read from the segment's columns. A scorer skips a
/// document that is not accepted before scoring it, so a place + radius search scores only the matches near the
/// place, and the ranges cost a few array reads per matched document instead of range queries that visit every
/// document in the range (measured at 1M: filter queries p50 14 → 9 ms, p99 73 → 45 ms). The exact great-circle
/// distance is checked by <see cref="MatchCollector"/>.
/// </summary>
internal sealed class AcceptedVacancies
{
    private readonly int? _minHalfHours;
    private readonly int? _maxHalfHours;
    private readonly int? _sinceDay;
    private readonly int? _minSalary;
    private readonly Box? _box;

    private AcceptedVacancies(HoursFilter? hours, int? sinceDay, int? minSalary, Box? box)
    {
        _minHalfHours = hours is null ? null : VacancyDocument.HalfHours(hours.Min);
        _maxHalfHours = hours is null ? null : VacancyDocument.HalfHours(hours.Max);
        _sinceDay = sinceDay;
        _minSalary = minSalary;
        _box = box;
    }

    /// <summary>Open vacancies that pass the range filters of <paramref name="request"/> and lie in its radius's box.</summary>
    public static AcceptedVacancies Of(SearchRequest request, GeoPoint? near) => new(
        request.Hours,
        request.Since?.DayNumber,
        request.MinMonthlySalary is { } salary ? (int)Math.Ceiling(salary) : null,
        near is { } point && request.RadiusKm is { } radius ? Box.Around(point, radius) : null);

    private bool HasChecks => _minHalfHours is not null || _sinceDay is not null || _minSalary is not null || _box is not null;

    /// <summary>The accepted documents of one segment, live documents applied.</summary>
    public IBits For(AtomicReaderContext leaf)
    {
        var columns = SegmentColumns.Of(leaf.AtomicReader);
        var live = leaf.AtomicReader.LiveDocs;
        return !HasChecks && live is null ? columns.Open : new Accepted(this, columns, live);
    }

    private bool Passes(SegmentColumns columns, int doc)
    {
        ref readonly var values = ref columns.Documents[doc];
        if (_sinceDay is { } since && values.Posted < since)
        {
            return false;
        }

        if (_box is { } box && !box.ContainsAny(columns.Places(doc)))
        {
            return false;
        }

        if (_minHalfHours is null && _minSalary is null)
        {
            return true;
        }

        var ranges = values.Ranges;
        if (_minHalfHours is { } min && !(VacancyDocument.HoursMaxOf(ranges) >= min && VacancyDocument.HoursMinOf(ranges) <= _maxHalfHours))
        {
            return false;
        }

        return _minSalary is not { } minimum || VacancyDocument.MonthlySalaryOf(ranges) >= minimum;
    }

    /// <summary>A latitude/longitude box in the index's scaled integers; without a longitude range where it wraps.</summary>
    private readonly record struct Box(int MinLat, int MaxLat, int MinLon, int MaxLon, bool AnyLon)
    {
        public static Box Around(GeoPoint point, double radiusKm)
        {
            var (minLat, maxLat, minLon, maxLon) = point.BoundingBox(radiusKm);
            return new Box(
                VacancyDocument.Scaled(minLat), VacancyDocument.Scaled(maxLat), VacancyDocument.Scaled(minLon), VacancyDocument.Scaled(maxLon),
                AnyLon: minLon < -180 || maxLon > 180);
        }

        /// <summary>Whether any of the scaled latitude, longitude pairs lies in the box.</summary>
        public bool ContainsAny(ReadOnlySpan<int> places)
        {
            for (var i = 0; i + 1 < places.Length; i += 2)
            {
                if (places[i] >= MinLat && places[i] <= MaxLat && (AnyLon || (places[i + 1] >= MinLon && places[i + 1] <= MaxLon)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class Accepted(AcceptedVacancies filter, SegmentColumns columns, IBits? live) : IBits
    {
        public int Length => columns.Open.Length;

        public bool Get(int index) =>
            columns.Open.Get(index) && (live is null || live.Get(index)) && filter.Passes(columns, index);
    }
}
