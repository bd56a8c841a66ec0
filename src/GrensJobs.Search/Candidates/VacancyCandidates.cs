using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Candidates;

/// <summary>
/// The search index's door for the matcher: the open vacancies a profile could be matched to (by occupation and
/// distance), every open vacancy (exhaustive scoring, to measure the candidates' recall), or one vacancy by key.
/// One vacancy per dedup cluster, as search shows them.
/// </summary>
public static class VacancyCandidates
{
    public static IReadOnlyList<VacancyCandidate> Find(VacancyIndex index, CandidateQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        var occupations = new BooleanQuery();
        foreach (var concept in query.Concepts.Distinct(StringComparer.Ordinal))
        {
            occupations.Add(new TermQuery(new Term(FieldNames.Concept, concept)), Occur.SHOULD);
        }

        foreach (var prefix in query.IscoPrefixes.Where(p => p.Length is >= 1 and <= 4).Distinct(StringComparer.Ordinal))
        {
            occupations.Add(new TermQuery(new Term(FieldNames.Isco(prefix.Length), prefix)), Occur.SHOULD);
        }

        if (occupations.Clauses.Count == 0)
        {
            return [];
        }

        var home = Home(query.Lat, query.Lon);
        Query search = occupations;
        if (home is { } point && query.RadiusKm is { } radius)
        {
            var (minLat, maxLat, minLon, maxLon) = point.BoundingBox(radius);
            search = new BooleanQuery
            {
                { occupations, Occur.MUST },
                { NumericRangeQuery.NewInt32Range(FieldNames.Lat, VacancyDocument.Scaled(minLat), VacancyDocument.Scaled(maxLat), true, true), Occur.MUST },
                { NumericRangeQuery.NewInt32Range(FieldNames.Lon, VacancyDocument.Scaled(minLon), VacancyDocument.Scaled(maxLon), true, true), Occur.MUST },
            };
        }

        using var lease = index.Acquire();
        var collector = new CandidateCollector(home, home is null ? null : query.RadiusKm);
        lease.Searcher.Search(new ConstantScoreQuery(search), collector);
        return [.. collector.Hits.Select(hit => CandidateReader.Read(hit, home))];
    }

    /// <summary>Every open vacancy, one per dedup cluster, with distances from the home when given.</summary>
    public static IReadOnlyList<VacancyCandidate> All(VacancyIndex index, double? lat, double? lon)
    {
        ArgumentNullException.ThrowIfNull(index);
        var home = Home(lat, lon);
        using var lease = index.Acquire();
        var collector = new CandidateCollector(home, null);
        lease.Searcher.Search(new MatchAllDocsQuery(), collector);
        return [.. collector.Hits.Select(hit => CandidateReader.Read(hit, home))];
    }

    /// <summary>The vacancy (<paramref name="source"/>, <paramref name="id"/>) if the index holds it open; else null.</summary>
    public static VacancyCandidate? Get(VacancyIndex index, string source, string id)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var lease = index.Acquire();
        var collector = new CandidateCollector(null, null);
        lease.Searcher.Search(new TermQuery(VacancyDocument.KeyTerm(source, id)), collector);
        return collector.Hits.Select(hit => CandidateReader.Read(hit, null)).FirstOrDefault();
    }

    private static GeoPoint? Home(double? lat, double? lon) => lat is { } a && lon is { } b ? new GeoPoint(a, b) : null;
}
