using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>
/// A large index is searched in slices of segments, one thread each, and rebuilt into one segment per slice: the
/// joined matches, facets, dedup clusters and order must be exactly those of a search on one thread.
/// </summary>
public sealed class SearchSlicesTests : IDisposable
{
    /// <summary>A searcher that gives every segment a slice of its own, as a large index gets.</summary>
    private static readonly Lazy<VacancySearcher> Sliced = new(
        () => new VacancySearcher(IndexedVacancies.Normaliser, IndexedVacancies.Analyzers, minDocumentsPerSlice: 1),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IndexedVacancies _index = new();

    public static TheoryData<string> Requests() =>
    [
        "lasser",
        "lasser|date",
        "lasser|near",
        "schweißer|speaks",
        "|countries",
        "verpleegkundige|near|distance",
    ];

    [Theory]
    [MemberData(nameof(Requests))]
    public void Search_InSlices_AnswersExactlyAsOnOneThread(string spelled)
    {
        AddInSegments();
        Assert.True(_index.Index.SegmentCount() >= 3, "the vacancies must lie in several segments");
        using (var lease = _index.Index.Acquire())
        {
            Assert.True(SearchSlices.Split(lease.Searcher.IndexReader.Leaves, minDocumentsPerSlice: 1).Count > 1, "two cores score two slices at once");
        }

        var request = Request(spelled);

        var oneThread = _index.Search(request);
        var sliced = _index.Search(Sliced.Value, request);

        Assert.True(oneThread.Total > 0);
        Assert.Equal(SearchJson.Serialize(oneThread), SearchJson.Serialize(sliced));
    }

    [Fact]
    public void Search_InSlices_ShowsAClusterSpreadOverSegmentsOnce()
    {
        AddInSegments();

        var response = _index.Search(Sliced.Value, new SearchRequest { Text = "lasser", Top = 100 });

        var leader = Assert.Single(response.Results, hit => hit.Duplicates.Count > 0);
        Assert.Equal("lasser-1", leader.Id);
        Assert.Equal(["lasser-7", "lasser-13"], leader.Duplicates.Select(d => d.Id).Order(StringComparer.Ordinal).Reverse());
        Assert.DoesNotContain(response.Results, hit => hit.Id is "lasser-7" or "lasser-13");
    }

    [Fact]
    public void Split_SmallIndex_IsOneSlice_LargeIndex_OneSlicePerCoreOfEqualSize()
    {
        Assert.Equal(1, SearchSlices.For(120_000));
        Assert.Equal(Math.Min(2, SearchSlices.MaxCount), SearchSlices.For(2 * SearchSlices.MinDocumentsPerSlice));

        var groups = SearchSlices.Balance([700L, 300, 250, 200, 150, 100, 60, 40], size => size, 2);

        Assert.Equal(2, groups.Length);
        Assert.Equal(1_800, groups.Sum(group => group.Sum()));
        Assert.True(Math.Abs(groups[0].Sum() - groups[1].Sum()) <= 40, $"groups of {groups[0].Sum()} and {groups[1].Sum()}");
    }

    [Fact]
    public void ForceMerge_ToTwoSegments_MakesTwoOfAboutEqualSize()
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            // No merges while adding: ten segments of ten documents and one of five wait for the forced merge.
            MergePolicy = new BalancedMergePolicy { SegmentsPerTier = 100, MaxMergeAtOnce = 100 },
            MaxBufferedDocs = 10,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 95; i++)
            {
                writer.AddDocument(new Document { new StringField("id", $"stelle-{i}", Field.Store.NO) });
            }

            writer.Commit();
            using (var before = DirectoryReader.Open(directory))
            {
                Assert.Equal(10, before.Leaves.Count);
            }

            writer.ForceMerge(2);
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var sizes = reader.Leaves.Select(leaf => leaf.AtomicReader.MaxDoc).Order().ToList();
        Assert.Equal(2, sizes.Count);
        Assert.Equal(95, sizes.Sum());
        Assert.True(sizes[1] - sizes[0] <= 10, $"segments of {sizes[0]} and {sizes[1]} documents");
    }

    [Fact]
    public void DeferMerges_WhileSet_LeavesTheSegmentsToMergeAfterwards()
    {
        using var directory = new RAMDirectory();
        var policy = new BalancedMergePolicy { DeferMerges = true };
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            MergePolicy = policy,
            MergeScheduler = new SerialMergeScheduler(),
            MaxBufferedDocs = 10,
        };
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < 150; i++)
        {
            writer.AddDocument(new Document { new StringField("id", $"stelle-{i}", Field.Store.NO) });
        }

        writer.Commit();
        Assert.Equal(15, SegmentCount(directory));

        // The tiered policy merges ten small segments at once as soon as it may.
        policy.DeferMerges = false;
        writer.MaybeMerge();
        writer.Commit();
        Assert.InRange(SegmentCount(directory), 1, 6);
    }

    private static int SegmentCount(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }

    public void Dispose() => _index.Dispose();

    private static SearchRequest Request(string spelled)
    {
        var parts = spelled.Split('|');
        var request = new SearchRequest { Text = parts[0].Length > 0 ? parts[0] : null, Top = 20 };
        foreach (var option in parts.Skip(1))
        {
            request = option switch
            {
                "date" => request with { Sort = SearchSort.Date },
                "distance" => request with { Sort = SearchSort.Distance },
                "near" => request with { Near = IndexedVacancies.Place("Venlo"), RadiusKm = 60 },
                "speaks" => request with { Speaks = SearchRequests.Speaks("de:B2,nl:C1") },
                "countries" => request with { Countries = ["DE", "BE"] },
                _ => throw new ArgumentException(option, nameof(spelled)),
            };
        }

        return request;
    }

    /// <summary>
    /// Welders, nurses and drivers on both sides of the border, committed in four batches (four segments); one dedup
    /// cluster has members in the first, second and third batch, the middle one expired in between.
    /// </summary>
    private void AddInSegments()
    {
        RawLocation[] places = [RawVacancies.Venlo, RawVacancies.Kevelaer, RawVacancies.Roermond, RawVacancies.Aachen, RawVacancies.Liege, RawVacancies.Kleve];
        for (var batch = 0; batch < 4; batch++)
        {
            for (var i = batch * 6; i < (batch + 1) * 6; i++)
            {
                var place = places[i % places.Length];
                var cluster = i is 1 or 7 or 13 ? "cluster-lasser-venlo" : null;
                var seen = IndexedVacancies.Today.AddDays(-30 + i);
                _index.Add(RawVacancies.Lasser($"lasser-{i}", cluster is null ? place : RawVacancies.Venlo), cluster: cluster, firstSeen: seen);
                _index.Add(RawVacancies.Schweisser($"schweisser-{i}", place) with { Posted = new DateOnly(2026, 10, 1 + i) }, firstSeen: seen);
                _index.Add(RawVacancies.Verpleegkundige($"verpleegkundige-{i}", place), firstSeen: seen);
                _index.Add(RawVacancies.Soudeur($"soudeur-{i}", place), i % 5 == 0 ? VacancyStatus.Expired : VacancyStatus.Open, firstSeen: seen);
            }

            _index.Commit();
        }
    }
}
