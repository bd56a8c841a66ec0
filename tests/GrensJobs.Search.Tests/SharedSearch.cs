using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests;

/// <summary>The reference data, analyzers and searcher, loaded once for the whole test run (all thread-safe).</summary>
internal static class SharedSearch
{
    private static readonly Lazy<VacancyNormaliser> LazyNormaliser = new(() => VacancyNormaliser.Load(Seeds.DefaultDirectory));
    private static readonly Lazy<VacancyAnalyzers> LazyAnalyzers = new(() => new VacancyAnalyzers());
    private static readonly Lazy<VacancySearcher> LazySearcher = new(() => new VacancySearcher(Normaliser, Analyzers));

    public static VacancyNormaliser Normaliser => LazyNormaliser.Value;

    public static VacancyAnalyzers Analyzers => LazyAnalyzers.Value;

    public static VacancySearcher Searcher => LazySearcher.Value;
}
