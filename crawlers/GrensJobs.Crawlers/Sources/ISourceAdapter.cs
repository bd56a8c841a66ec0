using GrensJobs.Core.Vacancies;

namespace GrensJobs.Crawlers.Sources;

/// <summary>
/// Turns the responses of one kind of source into raw vacancies. An adapter fetches only through
/// <see cref="SourceReadContext.Fetcher"/> (which applies politeness, limits and counting), yields every vacancy the
/// source currently lists as open, and reports anything it could not read with
/// <see cref="SourceReadContext.ReportProblem"/> (the run is then partial and expires nothing). An exception ends
/// the run as failed.
/// </summary>
public interface ISourceAdapter
{
    /// <summary>The <see cref="SourceKinds"/> value this adapter reads.</summary>
    string Kind { get; }

    /// <summary>What is wrong with a definition of this kind (missing or invalid settings); empty when it is valid.</summary>
    IEnumerable<SourceProblem> Validate(SourceDefinition definition);

    IAsyncEnumerable<RawVacancy> ReadAsync(SourceReadContext context, CancellationToken cancellationToken);
}
