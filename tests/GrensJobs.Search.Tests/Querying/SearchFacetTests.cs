using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>Facet counts over every match, and one result per dedup cluster.</summary>
public sealed class SearchFacetTests : IDisposable
{
    private readonly IndexedVacancies _index = new();

    [Fact]
    public void Search_Facets_CountEveryMatchNotOnlyThePage()
    {
        AddFacetSet();

        var response = _index.Search(new SearchRequest { Top = 1 });

        Assert.Equal(6, response.Total);
        Assert.Single(response.Results);
        Assert.Equal(Counts(("NL", 3), ("DE", 3), ("BE", 1)), Sorted(response.Facets["country"]));
        Assert.Equal(Counts(("euregio", 1), ("maas-rijn", 2), ("rhein-maas-nord", 3), ("rhein-waal", 3)), Sorted(response.Facets["euregio"]));
        Assert.Equal(Counts(("7", 5), ("8", 1)), Sorted(response.Facets["isco1"]));
        Assert.Equal(Counts(("72", 4), ("74", 1), ("83", 1)), Sorted(response.Facets["isco2"]));
        Assert.Equal(Counts(("de", 4), ("fr", 1), ("nl", 3)), Sorted(response.Facets["language"]));
        Assert.Equal(Counts(("interim", 1), ("permanent", 3), ("temporary", 1)), Sorted(response.Facets["contract"]));
        Assert.Equal(Counts(("24-32", 1), ("32-40", 2), ("<24", 1), (">40", 1)), Sorted(response.Facets["hours"]));
    }

    [Fact]
    public void Search_Facets_HaveTheSevenKeysOfTheContract()
    {
        AddFacetSet();

        var facets = _index.Search(new SearchRequest { Text = "lasser" }).Facets;

        Assert.Equal(["contract", "country", "euregio", "hours", "isco1", "isco2", "language"], facets.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_FacetsWithAFilter_CountOnlyTheMatches()
    {
        AddFacetSet();

        var response = _index.Search(new SearchRequest { Countries = ["NL"] });

        Assert.Equal(3, response.Total);
        Assert.Equal(Counts(("NL", 3), ("DE", 1)), Sorted(response.Facets["country"]));
        Assert.Equal(Counts(("72", 2), ("83", 1)), Sorted(response.Facets["isco2"]));
    }

    [Fact]
    public void Search_DedupCluster_OneResultWithTheOtherOpenMembersAsDuplicates()
    {
        _index.Add(Member("uwv", "werk.nl/vacature/8812"), cluster: "cluster-lasser", firstSeen: IndexedVacancies.Today.AddDays(-10));
        _index.Add(Member("indeed", "nl.indeed.com/viewjob?jk=ab12"), cluster: "cluster-lasser", firstSeen: IndexedVacancies.Today.AddDays(-5));
        _index.Add(Member("jobbird", "jobbird.com/nl/vacature/5531"), VacancyStatus.Expired, cluster: "cluster-lasser", firstSeen: IndexedVacancies.Today.AddDays(-20));
        _index.Add(RawVacancies.Schweisser("anders"));
        _index.Commit();

        var response = _index.Search(new SearchRequest { Text = "lasser" });

        Assert.Equal(2, response.Total);
        Assert.Equal(2, response.Results.Count);
        var clustered = Assert.Single(response.Results, r => r.Id == "lasser-venlo");
        var duplicate = Assert.Single(clustered.Duplicates);
        var other = clustered.Source == "uwv" ? "indeed" : "uwv";
        Assert.Equal(other, duplicate.Source);
        Assert.Equal("lasser-venlo", duplicate.Id);
        Assert.NotNull(duplicate.Url);
        Assert.Contains(other == "uwv" ? "werk.nl" : "indeed.com", duplicate.Url, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(response.Results, r => r.Id == "anders").Duplicates);
        Assert.Equal(Counts(("NL", 1), ("DE", 1)), Sorted(response.Facets["country"]));
        Assert.Equal(Counts(("72", 2)), Sorted(response.Facets["isco2"]));
    }

    [Fact]
    public void Search_DedupCluster_CountsOnceOnEveryPage()
    {
        _index.Add(Member("uwv", "werk.nl/vacature/8812"), cluster: "cluster-lasser");
        _index.Add(Member("indeed", "nl.indeed.com/viewjob?jk=ab12"), cluster: "cluster-lasser");
        _index.Add(RawVacancies.Schweisser("anders"));
        _index.Commit();
        var request = new SearchRequest { Text = "lasser", Top = 1 };

        var first = _index.Search(request);
        var second = _index.Search(request with { Page = 2 });
        var third = _index.Search(request with { Page = 3 });

        Assert.Equal(2, first.Total);
        Assert.Equal(2, second.Total);
        Assert.NotEqual(first.Results[0].Id, second.Results[0].Id);
        Assert.Empty(third.Results);
    }

    [Fact]
    public void Search_DedupClusterAfterAnotherSearch_HidesOnlyItsOwnMembers()
    {
        // Matches are numbered in index order; the collapsed members of one search must not hide matches of the next
        // (the per-search arrays come from a shared pool).
        _index.Add(RawVacancies.Schweisser("anders"));
        _index.Add(Member("uwv", "werk.nl/vacature/8812"), cluster: "cluster-lasser", firstSeen: IndexedVacancies.Today.AddDays(-10));
        _index.Add(Member("indeed", "nl.indeed.com/viewjob?jk=ab12"), cluster: "cluster-lasser", firstSeen: IndexedVacancies.Today.AddDays(-5));
        _index.Add(RawVacancies.Lasser("solo"));
        _index.Commit();

        var everywhere = _index.Search(new SearchRequest { Text = "lasser" });
        var inTheNetherlands = _index.Search(new SearchRequest { Text = "lasser", Countries = ["NL"] });

        Assert.Equal(["anders", "lasser-venlo", "solo"], everywhere.Results.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["lasser-venlo", "solo"], inTheNetherlands.Results.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, inTheNetherlands.Total);
    }

    [Fact]
    public void Search_ClusterAsTheStoreNamesIt_ShowsTheFirstMemberOnceAndCountsOnlyItsFacets()
    {
        // The store names a cluster after its first member; the others joined it. The two members differ in contract,
        // so the counts show which member's facets were kept.
        var cluster = StoredVacancy.OwnCluster("uwv", "lasser-venlo");
        _index.Add(Vacancy(Member("uwv", "werk.nl/vacature/8812"), ContractType.Permanent, 38, 40), cluster: cluster,
            firstSeen: IndexedVacancies.Today.AddDays(-10));
        _index.Add(Vacancy(Member("indeed", "nl.indeed.com/viewjob?jk=ab12"), ContractType.Temporary, 38, 40), cluster: cluster,
            firstSeen: IndexedVacancies.Today.AddDays(-5));
        _index.Add(Vacancy(RawVacancies.Lasser("alleen"), ContractType.Interim, 38, 40), cluster: StoredVacancy.OwnCluster("test", "alleen"));
        _index.Commit();

        var response = _index.Search(new SearchRequest { Text = "lasser" });
        var temporary = _index.Search(new SearchRequest { Text = "lasser", Contracts = [ContractType.Temporary] });

        Assert.Equal(2, response.Total);
        var first = Assert.Single(response.Results, r => r.Id == "lasser-venlo");
        Assert.Equal("uwv", first.Source);
        Assert.Equal("indeed", Assert.Single(first.Duplicates).Source);
        Assert.Empty(Assert.Single(response.Results, r => r.Id == "alleen").Duplicates);
        Assert.Equal(Counts(("interim", 1), ("permanent", 1)), Sorted(response.Facets["contract"]));
        Assert.Equal(Counts(("NL", 2)), Sorted(response.Facets["country"]));

        var joined = Assert.Single(temporary.Results);
        Assert.Equal("indeed", joined.Source);
        Assert.Equal("uwv", Assert.Single(joined.Duplicates).Source);
        Assert.Equal(Counts(("temporary", 1)), Sorted(temporary.Facets["contract"]));
    }

    public void Dispose() => _index.Dispose();

    private static RawVacancy Member(string source, string url) =>
        RawVacancies.Lasser("lasser-venlo") with { Source = source, Url = "https://" + url };

    /// <summary>
    /// Six open results (a two-member cluster among them) and an expired vacancy:
    /// the counts in <see cref="Search_Facets_CountEveryMatchNotOnlyThePage"/> follow from these by hand.
    /// </summary>
    private void AddFacetSet()
    {
        _index.Add(Vacancy(RawVacancies.Lasser("v1"), ContractType.Permanent, 38, 40, new LanguageRequirement("de", CefrLevel.B1, true)));
        _index.Add(Vacancy(RawVacancies.Schweisser("v2"), ContractType.Temporary, 24, 28));
        _index.Add(Vacancy(RawVacancies.Elektriker("v3"), ContractType.Permanent, 40, 45,
            new LanguageRequirement("nl", CefrLevel.B2, true), new LanguageRequirement("en", CefrLevel.C1, false)));
        _index.Add(Vacancy(
            RawVacancies.Kraftfahrer("v4", RawVacancies.Enschede) with { Locations = [RawVacancies.Enschede, RawVacancies.Gronau] },
            ContractType.Interim, 16, 20, new LanguageRequirement("de", null, true)));
        _index.Add(Vacancy(RawVacancies.Soudeur("v5"), null, 0, 0) with { Hours = null });
        _index.Add(Vacancy(RawVacancies.Lasser("c") with { Source = "uwv" }, ContractType.Permanent, 36, 40), cluster: "c");
        _index.Add(Vacancy(RawVacancies.Lasser("c") with { Source = "nationale-vacaturebank" }, ContractType.Permanent, 36, 40), cluster: "c");
        _index.Add(Vacancy(RawVacancies.Soudeur("verlopen"), ContractType.Freelance, 10, 12), VacancyStatus.Expired);
        _index.Commit();
    }

    private static Vacancy Vacancy(RawVacancy raw, ContractType? contract, decimal min, decimal max, params LanguageRequirement[] languages) =>
        IndexedVacancies.Normalise(raw) with { Contract = contract, Hours = new HoursRange(min, max), Languages = languages };

    private static SortedDictionary<string, long> Counts(params (string Key, long Count)[] counts) =>
        new(counts.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal), StringComparer.Ordinal);

    private static SortedDictionary<string, long> Sorted(IReadOnlyDictionary<string, long> facet) =>
        new(facet.Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
