using System.Runtime.CompilerServices;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Ingestion.Tests.Crawling;

/// <summary>
/// A source whose listing the test sets before each run (the outside world of the runner): it yields the listed
/// vacancies, and can fail after some of them, report a problem or wait to be cancelled.
/// </summary>
internal sealed class ListedAdapter : ISourceAdapter
{
    public const string KindName = "listed";

    public List<RawVacancy> Listing { get; } = [];

    public int FailAfter { get; set; } = -1;

    public string? Problem { get; set; }

    public bool HangAtEnd { get; set; }

    /// <summary>Completes when the listing has been yielded and the adapter starts to wait.</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Kind => KindName;

    public IEnumerable<SourceProblem> Validate(SourceDefinition definition) => [];

    public async IAsyncEnumerable<RawVacancy> ReadAsync(
        SourceReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < Listing.Count; i++)
        {
            if (i == FailAfter)
            {
                throw new FetchFailedException(new Uri("https://jobs.example.de/stellen?page=2"), "connection refused");
            }

            yield return Listing[i];
        }

        if (Problem is not null)
        {
            context.ReportProblem(Problem);
        }

        if (HangAtEnd)
        {
            Hanging.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
    }
}
