using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>The three orders of <c>--sort</c> and paging with <c>--top</c>/<c>--page</c>.</summary>
public sealed class SearchOrderTests : IDisposable
{
    private readonly IndexedVacancies _index = new();

    [Fact]
    public void Search_Relevance_TitleMatchRanksAboveADescriptionMention()
    {
        var bankwerker = _index.Add(new RawVacancy
        {
            Id = "bankwerker",
            Title = "Constructiebankwerker (m/v/x)",
            Employer = "Staalbouw Limburg B.V.",
            Description = "Je bouwt stalen constructies en werkt samen met de lasser en de monteur op de werkvloer.",
            Location = RawVacancies.Roermond,
            Language = "nl",
        });
        _index.Add(RawVacancies.Lasser("lasser"));
        _index.Commit();
        Assert.NotEqual("7212", bankwerker.Occupation?.Isco);

        var results = _index.Search(new SearchRequest { Text = "lasser" }).Results;

        Assert.Equal(["lasser", "bankwerker"], results.Select(r => r.Id));
        Assert.True(results[0].Score > results[1].Score);
    }

    [Fact]
    public void Search_Relevance_ConceptMatchInAnotherLanguageRanksAboveADescriptionMention()
    {
        var bankwerker = _index.Add(new RawVacancy
        {
            Id = "bankwerker",
            Title = "Constructiebankwerker (m/v/x)",
            Employer = "Staalbouw Limburg B.V.",
            Description = "Je bouwt stalen constructies en werkt samen met de lasser en de monteur op de werkvloer.",
            Location = RawVacancies.Roermond,
            Language = "nl",
        });
        _index.Add(RawVacancies.Schweisser("schweisser"));
        _index.Commit();
        Assert.NotEqual("7212", bankwerker.Occupation?.Isco);

        var results = _index.Search(new SearchRequest { Text = "lasser" }).Results;

        Assert.Equal(["schweisser", "bankwerker"], results.Select(r => r.Id));
    }

    [Fact]
    public void Search_Date_NewestFirst()
    {
        _index.Add(RawVacancies.Lasser("oktober") with { Posted = new DateOnly(2026, 10, 20) });
        _index.Add(RawVacancies.Schweisser("tien-november") with { Posted = new DateOnly(2026, 11, 10) });
        _index.Add(RawVacancies.Soudeur("vijf-november") with { Posted = new DateOnly(2026, 11, 5) });
        _index.Commit();

        var ids = _index.Ids(new SearchRequest { Text = "lasser", Sort = SearchSort.Date });

        Assert.Equal(["tien-november", "vijf-november", "oktober"], ids);
    }

    [Fact]
    public void Search_Distance_NearestFirstAndVacanciesWithoutCoordinatesLast()
    {
        _index.Add(RawVacancies.Schweisser("zonder-plaats") with { Location = null });
        _index.Add(RawVacancies.Schweisser("kevelaer"));
        _index.Add(RawVacancies.Lasser("venlo"));
        _index.Add(RawVacancies.Schweisser("straelen", RawVacancies.Straelen));
        _index.Commit();

        var results = _index.Search(new SearchRequest { Text = "lasser", Near = IndexedVacancies.Place("Venlo", "NL"), Sort = SearchSort.Distance }).Results;

        Assert.Equal(["venlo", "straelen", "kevelaer", "zonder-plaats"], results.Select(r => r.Id));
        Assert.Null(results[^1].DistanceKm);
        Assert.True(results[0].DistanceKm < results[1].DistanceKm);
        Assert.True(results[1].DistanceKm < results[2].DistanceKm);
    }

    [Fact]
    public void Search_Pages_AreDisjointConsecutiveAndKeepTheTotal()
    {
        for (var day = 1; day <= 7; day++)
        {
            _index.Add(RawVacancies.Lasser($"dag-{day}") with { Posted = new DateOnly(2026, 11, day) });
        }

        _index.Commit();
        var request = new SearchRequest { Text = "lasser", Sort = SearchSort.Date, Top = 3 };

        var pages = Enumerable.Range(1, 4).Select(page => _index.Search(request with { Page = page })).ToList();

        Assert.Equal(["dag-7", "dag-6", "dag-5"], pages[0].Results.Select(r => r.Id));
        Assert.Equal(["dag-4", "dag-3", "dag-2"], pages[1].Results.Select(r => r.Id));
        Assert.Equal(["dag-1"], pages[2].Results.Select(r => r.Id));
        Assert.Empty(pages[3].Results);
        Assert.All(pages, page => Assert.Equal(7, page.Total));
    }

    [Fact]
    public void Search_PagesByRelevance_TogetherListEveryMatchOnce()
    {
        _index.Add(RawVacancies.Lasser("lasser-venlo"));
        _index.Add(RawVacancies.Lasser("lasser-roermond", RawVacancies.Roermond));
        _index.Add(RawVacancies.Schweisser("schweisser-kevelaer"));
        _index.Add(RawVacancies.Schweisser("schweisser-aachen", RawVacancies.Aachen));
        _index.Add(RawVacancies.Soudeur("soudeur-liege"));
        _index.Commit();
        var request = new SearchRequest { Text = "lasser", Top = 2 };

        var first = _index.Ids(request);
        var second = _index.Ids(request with { Page = 2 });
        var third = _index.Ids(request with { Page = 3 });
        var all = _index.Ids(request with { Top = 10 });

        Assert.Equal(all, [.. first, .. second, .. third]);
        Assert.Equal(5, all.Count);
        Assert.Empty(_index.Ids(request with { Page = 4 }));
    }

    public void Dispose() => _index.Dispose();
}
