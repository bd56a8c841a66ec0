using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Querying;

/// <summary>
/// Adds the term filters of a search to the query as non-scoring clauses — country, Euregio, NUTS-3, ISCO prefix,
/// contract, remote — and the bounding box of the radius. Hours, posted since and minimum salary are checked per
/// matched document (<see cref="AcceptedVacancies"/>), the exact great-circle distance and <c>--speaks</c> in
/// <see cref="MatchCollector"/>.
/// </summary>
internal static class FilterBuilder
{
    /// <param name="boundingBox">
    /// Whether to add the radius's bounding box as numeric range queries. A range over latitude (or longitude) visits
    /// every document in a band across the whole map, which costs more than the exact distance check of the few
    /// thousand matches of a text query; without text the box keeps the exact check off most of the index.
    /// </param>
    public static Query Apply(Query scoring, SearchRequest request, GeoPoint? near, bool boundingBox)
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

        if (boundingBox && near is { } point && request.RadiusKm is { } radius)
        {
            var (minLat, maxLat, minLon, maxLon) = point.BoundingBox(radius);
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.Lat, VacancyDocument.Scaled(minLat), VacancyDocument.Scaled(maxLat), true, true));
            Filter(query, NumericRangeQuery.NewInt32Range(FieldNames.Lon, VacancyDocument.Scaled(minLon), VacancyDocument.Scaled(maxLon), true, true));
        }

        return query;
    }

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
