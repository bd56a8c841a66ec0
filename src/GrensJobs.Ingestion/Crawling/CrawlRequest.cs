using GrensJobs.Core.Vacancies;

namespace GrensJobs.Ingestion.Crawling;

/// <summary>How to run one crawl now (the scheduler and the <c>crawl</c> verb).</summary>
public sealed record CrawlRequest
{
    /// <summary>Read and normalise, but store nothing and record no run.</summary>
    public bool DryRun { get; init; }

    /// <summary>Overrides the definition's page cap.</summary>
    public int? MaxPages { get; init; }

    /// <summary>The run stops (as partial) after this long; null: no limit.</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>Called for every open vacancy found, in order (<c>--jsonl</c>).</summary>
    public Func<Vacancy, CancellationToken, ValueTask>? OnVacancy { get; init; }

    /// <summary>Called with each problem of a run as it is reported (source id, one line), before the run ends.</summary>
    public Action<string, string>? OnProblem { get; init; }

    /// <summary>Called when a run starts, with a live view of its progress (the <c>crawl</c> verb's progress line).</summary>
    public Action<CrawlProgress>? OnStarted { get; init; }

    /// <summary>Called after each batch is stored (the index catches up).</summary>
    public Func<CancellationToken, Task>? AfterBatch { get; init; }
}
