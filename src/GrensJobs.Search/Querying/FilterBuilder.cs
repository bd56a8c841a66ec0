using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Adds the filters of a search to the query as non-scoring clauses: country, Euregio, NUTS-3,
/// ISCO prefix, contract, hours overlap, posted since, remote, minimum monthly salary, and the bounding box of the
/// radius (the exact great-circle check and <c>--speaks</c> run per document in <see cref="MatchCollector"/>).
/// </summary>
internal static class FilterBuilder
{
    /// <param name="rangeQueries">
    /// Whether to add hours, posted since, minimum salary and the radius's bounding box as numeric range queries. A
    /// range query visits every document in its range (for latitude, a band across the whole map), which costs more
    /// than checking the few thousand matches of a text query (<see cref="AcceptedVacancies"/>, the exact distance
    /// in <see cref="MatchCollector"/>); without text the ranges keep those checks off most of the index.
    /// </param>
    public static Query Apply(Query scoring, SearchRequest request, GeoPoint? near, bool rangeQueries = true)
    {
        var query = new BooleanQuery(disableCoord: true) { { scoring, Occur.MUST } };
        AnyOf(query, FieldNames.Country, request.Countries.Select(c => c.ToUpperInvariant()));
        AnyOf(query, FieldNames.Euregio, request.Euregios.Select(e => e.ToLowerInvariant()));
        AnyOf(query, FieldNames.Nuts3, request.Nuts3.Select(n => n.ToUpperInvariant()));
        AnyOf(query, FieldNames.Contract, request.Contracts.Select(c => FacetCodes.ContractNames[(int)c + 1]));
        if (request.Occupation is { Length: >= 1 and <= 4 } isco)
        {
            Filter(query, new TermQuery(new Term(FieldNames.Isco(isco.Length), isco)));
        }

        if (request.Remote is { } remote)
        {
            Filter(query, new TermQuery(new Term(FieldNames.Remote, FacetCodes.RemoteNames[(int)remote + 1])));
        }

        if (!rangeQueries)
        {
            return query;
        }

        if (request.Hours is { } hours)
        {
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.HoursMax, VacancyDocument.HalfHours(hours.Min), null, true, true));
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.HoursMin, null, VacancyDocument.HalfHours(hours.Max), true, true));
        }

        if (request.Since is { } since)
        {
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.Posted, since.DayNumber, null, true, true));
        }

        if (request.MinMonthlySalary is { } salary)
        {
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.MonthlySalary, (int)Math.Ceiling(salary), null, true, true));
        }

        if (near is { } point && request.RadiusKm is { } radius)
        {
            var (minLat, maxLat, minLon, maxLon) = point.BoundingBox(radius);
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.Lat, Scale(minLat), Scale(maxLat), true, true));
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.Lon, Scale(minLon), Scale(maxLon), true, true));
        }

        return query;
    }

    private static int Scale(double degrees) => (int)Math.Round(degrees * VacancyDocument.CoordinateScale);

    private static void AnyOf(BooleanQuery query, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (any.Clauses.Count > 0)
        {
            Filter(query, any);
        }
    }

    private static void Filter(BooleanQuery query, Query filter) =>
        query.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
}
