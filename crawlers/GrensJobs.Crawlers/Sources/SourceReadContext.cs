using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Sources;

/// <summary>
/// What an adapter gets for one run: its definition, the fetcher and the clock; it collects problems, and passes
/// each on to <paramref name="onProblem"/> as it is reported (the <c>crawl</c> verb prints them as they happen).
/// </summary>
public sealed class SourceReadContext(
    SourceDefinition definition, IPageFetcher fetcher, TimeProvider time, Action<string>? onProblem = null)
{
    private readonly List<string> problems = [];
    private readonly Lock gate = new();

    public SourceDefinition Definition { get; } = definition;

    public IPageFetcher Fetcher { get; } = fetcher;

    public TimeProvider Time { get; } = time;

    /// <summary>Today in UTC (for relative dates such as "Posted 7 Days Ago").</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    /// <summary>True while nothing was reported: the listing was read completely.</summary>
    public bool IsComplete
    {
        get
        {
            lock (gate)
            {
                return problems.Count == 0;
            }
        }
    }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. problems];
            }
        }
    }

    public int ProblemCount
    {
        get
        {
            lock (gate)
            {
                return problems.Count;
            }
        }
    }

    /// <summary>
    /// Part of the listing could not be read (a page failed, a detail was missing): the run is partial. One line:
    /// the URL, the status or cause, and what was done ("HTTP 503 after 4 attempts; skipped").
    /// </summary>
    public void ReportProblem(string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        lock (gate)
        {
            problems.Add(problem);
        }

        onProblem?.Invoke(problem);
    }
}
