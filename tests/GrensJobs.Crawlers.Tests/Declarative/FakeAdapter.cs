using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Tests.Declarative;

/// <summary>An adapter of some kind for the loader's tests: its validation returns the problems it is given.</summary>
internal sealed class FakeAdapter(string kind, params SourceProblem[] problems) : ISourceAdapter
{
    public string Kind { get; } = kind;

    public List<SourceDefinition> Validated { get; } = [];

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition)
    {
        Validated.Add(definition);
        return problems;
    }

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }
}
