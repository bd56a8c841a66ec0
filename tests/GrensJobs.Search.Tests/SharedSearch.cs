using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Querying;
using Microsoft.Extensions.Options;

namespace GrensJobs.Search.Tests;

/// <summary>The reference data, analyzers and searcher, loaded once for the whole test run (all thread-safe).</summary>
internal static class SharedSearch
{
    private static readonly Lazy<VacancyNormaliser> LazyNormaliser = new(() => VacancyNormaliser.Load(Seeds.DefaultDirectory));
    private static readonly Lazy<VacancyAnalyzers> LazyAnalyzers = new(() => new VacancyAnalyzers());
    private static readonly Lazy<VacancySearcher> LazySearcher = new(() => new VacancySearcher(Normaliser, Analyzers, options: GenerousBudget));

    /// <summary>
    /// A time budget no test search meets even on a machine loaded many times over: tests of results must not end by
    /// the budget (<c>SearchTimeBudgetTests</c> tests the budget itself).
    /// </summary>
    public static IOptions<SearchOptions> GenerousBudget { get; } = Options.Create(new SearchOptions { IndexDirectory = "unused", TimeBudgetMilliseconds = 60_000 });

    public static VacancyNormaliser Normaliser => LazyNormaliser.Value;

    public static VacancyAnalyzers Analyzers => LazyAnalyzers.Value;

    public static VacancySearcher Searcher => LazySearcher.Value;
}
