using GrensJobs.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GrensJobs.Search.Querying;

/// <summary>The results of a page: display fields, occupation label, duplicates, snippet.</summary>
public sealed partial class VacancySearcher
{
    private static List<SearchHit> ToHits(IndexSearcher searcher, SearchRequest request, SearchOutcome outcome)
    {
        var hits = new List<SearchHit>(outcome.Page.Count);
        if (outcome.Page.Count == 0)
        {
            return hits;
        }

        var displays = new DisplayReader(searcher.IndexReader);
        foreach (var match in outcome.Page)
        {
            hits.Add(ToHit(searcher, displays, request, outcome, match));
        }

        return hits;
    }

    private static SearchHit ToHit(IndexSearcher searcher, DisplayReader displays, SearchRequest request, SearchOutcome outcome, int match)
    {
        var doc = outcome.Matches.Doc(match);
        var (display, snippetSource) = displays.Read(doc);
        var distance = outcome.Matches.Distance(match);
        return new SearchHit
        {
            Id = display.Id,
            Source = display.Source,
            Title = display.Title,
            Employer = display.Employer,
            Place = display.Place,
            Country = display.Country,
            DistanceKm = double.IsNaN(distance) || double.IsInfinity(distance) ? null : Math.Round(distance, 1),
            Posted = display.Posted,
            Url = display.Url,
            Score = Math.Round(outcome.Matches.Score(match), 4),
            Occupation = display.Isco is { } isco ? new HitOccupation(isco, Label(display.Labels, request.UiLanguage), display.Esco) : null,
            Languages = [.. display.Languages.Select(l => new HitLanguage(l.Language, l.Level, l.Required))],
            Duplicates = display.Cluster is { } cluster ? Duplicates(searcher.IndexReader, displays, cluster, outcome.Matches.Cluster(match), doc) : [],
            Snippet = SnippetBuilder.Build(snippetSource, outcome.Text?.Words ?? []),
        };
    }

    /// <summary>The other open members of a cluster (at most <see cref="MaxClusterMembers"/> members, in index order).</summary>
    /// <param name="hash">The cluster's <see cref="VacancyDocument.ClusterHash"/>, as the match recorded it.</param>
    private static List<HitDuplicate> Duplicates(IndexReader reader, DisplayReader displays, string cluster, long hash, int self)
    {
        var result = new List<HitDuplicate>();
        var seen = 0;
        foreach (var leaf in reader.Leaves)
        {
            var columns = SegmentColumns.Of(leaf.AtomicReader);
            var members = columns.MembersOf(hash);

            var live = leaf.AtomicReader.LiveDocs;
            foreach (var doc in members)
            {
                if (seen == MaxClusterMembers)
                {
                    return result;
                }

                if (!columns.Open.Get(doc) || (live is not null && !live.Get(doc)))
                {
                    continue;
                }

                if (leaf.DocBase + doc != self)
                {
                    var member = displays.ReadLink(leaf.DocBase + doc);
                    if (!string.Equals(member.Cluster, cluster, StringComparison.Ordinal))
                    {
                        continue; // another cluster with the same hash
                    }

                    result.Add(new HitDuplicate(member.Id, member.Source, member.Url));
                }

                seen++;
            }
        }

        return result;
    }

    private static string? Label(IReadOnlyDictionary<string, string>? labels, string language) =>
        labels is null
            ? null
            : labels.GetValueOrDefault(language) ?? labels.GetValueOrDefault("en") ?? labels.Values.FirstOrDefault();
}
