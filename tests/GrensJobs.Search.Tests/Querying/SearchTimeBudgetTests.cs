using GrensJobs.Search.Querying;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Search.Tests.Querying;

/// <summary>The time budget of a search (<see cref="SearchOptions.TimeBudgetMilliseconds"/>).</summary>
public sealed class SearchTimeBudgetTests : IDisposable
{
    private readonly IndexedVacancies _index = new();

    public SearchTimeBudgetTests()
    {
        foreach (var raw in RawVacancies.OneOfEach())
        {
            _index.Add(raw);
        }

        _index.Commit();
    }

    [Theory]
    [InlineData("lasser")]
    [InlineData("Schweißer Kevelaer")]
    [InlineData(null)]
    public void Search_PastItsBudget_StopsWithSearchTimeoutException(string? text)
    {
        // Every reading of this clock is a second later: the search is past its budget of 50 ms at its first check.
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        using var searcher = Searcher(50, clock);

        var error = Assert.Throws<SearchTimeoutException>(() => _index.Search(searcher, new SearchRequest { Text = text }));

        Assert.Equal(TimeSpan.FromMilliseconds(50), error.Budget);
        Assert.Contains("50 ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WithinItsBudget_GivesTheSameResultsAsWithoutOne()
    {
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        using var searcher = Searcher(1_000, clock);
        SearchRequest[] requests =
        [
            new() { Text = "lasser" },
            new() { Text = "soudeur", Near = IndexedVacancies.Place("Venlo"), RadiusKm = 300 },
            new() { Text = "verpleegkundge" },
            new() { Countries = ["DE"], Sort = SearchSort.Date },
        ];

        foreach (var request in requests)
        {
            var budgeted = _index.Search(searcher, request);
            var shared = _index.Search(request);

            Assert.NotEmpty(budgeted.Results);
            Assert.Equal(shared.Results.Select(r => r.Id), budgeted.Results.Select(r => r.Id));
            Assert.Equal(shared.Total, budgeted.Total);
        }
    }

    [Fact]
    public void Search_DefaultBudgetOnTheSystemClock_AnswersEveryOrdinarySearch()
    {
        using var searcher = new VacancySearcher(IndexedVacancies.Normaliser, IndexedVacancies.Analyzers, options: Options.Create(new SearchOptions()));

        foreach (var text in new[] { "lasser", "Schweißer", "soudeur", "Berufskraftfahrer", "verpleegkundige", "kraftfahrer venlo" })
        {
            var response = _index.Search(searcher, new SearchRequest { Text = text, Near = IndexedVacancies.Place("Venlo") });

            Assert.NotEmpty(response.Results);
        }
    }

    [Fact]
    public void AddSearch_ConfiguredBudget_ReachesTheSearcher()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) });
        services.AddSingleton(IndexedVacancies.Normaliser);
        services.AddSingleton(IndexedVacancies.Analyzers);
        services.AddSearch(Path.GetTempPath(), options => options.TimeBudgetMilliseconds = 250);
        using var provider = services.BuildServiceProvider();
        var searcher = provider.GetRequiredService<VacancySearcher>();

        var error = Assert.Throws<SearchTimeoutException>(() => _index.Search(searcher, new SearchRequest { Text = "lasser" }));

        Assert.Equal(TimeSpan.FromMilliseconds(250), error.Budget);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(600_000)]
    public void AddSearch_BudgetOutOfRange_IsRefusedAtStart(int milliseconds)
    {
        var services = new ServiceCollection();
        services.AddSearch(Path.GetTempPath(), options => options.TimeBudgetMilliseconds = milliseconds);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SearchOptions>>().Value);

        Assert.Contains(nameof(SearchOptions.TimeBudgetMilliseconds), error.Message, StringComparison.Ordinal);
    }

    private static VacancySearcher Searcher(int budgetMilliseconds, TimeProvider clock) =>
        new(IndexedVacancies.Normaliser, IndexedVacancies.Analyzers,
            options: Options.Create(new SearchOptions { IndexDirectory = "unused", TimeBudgetMilliseconds = budgetMilliseconds }), time: clock);

    public void Dispose() => _index.Dispose();
}
