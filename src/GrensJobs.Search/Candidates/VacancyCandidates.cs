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
        using var session = Open(index);
        return [.. session.Find(query).Select(session.Read)];
    }

    /// <summary>A session for one match: a cheap candidate search, then full reads of the best (see <see cref="CandidateSession"/>).</summary>
    public static CandidateSession Open(VacancyIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new CandidateSession(index);
    }

    /// <summary>The Lucene query of a candidate search (null when it asks for no occupation), and the home it measures from.</summary>
    internal static Query? BuildQuery(CandidateQuery query, out GeoPoint? home)
    {
        home = Home(query.Lat, query.Lon);
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
            return null;
        }

        // No bounding box: a commute radius covers a large share of the border region, and a numeric range over it
        // visits far more documents than the occupation's postings; the collector checks the exact distance from the
        // coordinates it holds in memory instead.
        return occupations;
    }

    /// <summary>Every open vacancy, one per dedup cluster, with distances from the home when given.</summary>
    public static IReadOnlyList<VacancyCandidate> All(VacancyIndex index, double? lat, double? lon)
    {
        var all = new List<VacancyCandidate>();
        ForEach(index, lat, lon, all.Add);
        return all;
    }

    /// <summary>
    /// Every open vacancy, one per dedup cluster, handed to <paramref name="visit"/> one at a time and not kept: for
    /// counting over a large index without holding it in memory.
    /// </summary>
    public static void ForEach(VacancyIndex index, double? lat, double? lon, Action<VacancyCandidate> visit)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(visit);
        var home = Home(lat, lon);
        using var lease = index.Acquire();
        var collector = new CandidateCollector(home, null);
        lease.Searcher.Search(new MatchAllDocsQuery(), collector);
        foreach (var hit in collector.Hits)
        {
            visit(CandidateReader.Read(hit, home));
        }
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
