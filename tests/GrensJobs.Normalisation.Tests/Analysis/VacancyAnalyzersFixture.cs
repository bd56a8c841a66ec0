using GrensJobs.Normalisation.Analysis;

namespace GrensJobs.Normalisation.Tests.Analysis;

/// <summary>One shared set of analyzers per test class, as in production.</summary>
public sealed class VacancyAnalyzersFixture : IDisposable
{
    public VacancyAnalyzers Analyzers { get; } = new(Seeds.DefaultDirectory);

    public void Dispose() => Analyzers.Dispose();
}
