namespace GrensJobs.Storage.Sources;

/// <summary>The store's record of crawl sources and their runs (health, last run, counts).</summary>
public interface ICrawlLog
{
    /// <summary>Inserts or replaces a source's kind, name and definition; keeps its health and runs.</summary>
    Task UpsertSourceAsync(SourceRecord source, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceRecord>> ListSourcesAsync(CancellationToken cancellationToken);

    Task SetSourceHealthAsync(string sourceId, SourceHealth health, string? reason, CancellationToken cancellationToken);

    /// <summary>Records that a crawl of <paramref name="source"/> started now; returns the run id.</summary>
    Task<long> StartCrawlRunAsync(string source, CancellationToken cancellationToken);

    /// <summary>Records how a run ended (now), and makes it the source's last (and, if it succeeded, last good) run.</summary>
    Task FinishCrawlRunAsync(long runId, CrawlRunResult result, CancellationToken cancellationToken);

    /// <summary>The most recent runs of a source, newest first.</summary>
    Task<IReadOnlyList<CrawlRun>> GetRecentCrawlRunsAsync(string source, int limit, CancellationToken cancellationToken);
}
