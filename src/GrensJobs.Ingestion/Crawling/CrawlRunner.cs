using System.Text.Json;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using GrensJobs.Normalisation;
using GrensJobs.Storage;
using GrensJobs.Storage.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Ingestion.Crawling;

/// <summary>
/// Runs one crawl of one source: the adapter reads, every vacancy is normalised and stored a batch at a time, and
/// the lifecycle is applied — only a successful, complete and plausible run expires the source's vacancies it no
/// longer lists; any other run expires nothing and marks the source unhealthy. Each run is recorded.
/// </summary>
public sealed class CrawlRunner(
    IEnumerable<ISourceAdapter> adapters,
    IPageFetcherFactory fetchers,
    VacancyNormaliser normaliser,
    IVacancyStore store,
    ICrawlLog crawlLog,
    TimeProvider time,
    IOptions<CrawlOptions> options,
    ILogger<CrawlRunner> logger)
{
    private readonly Dictionary<string, ISourceAdapter> adaptersByKind =
        adapters.ToDictionary(adapter => adapter.Kind, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kinds => adaptersByKind.Keys;

    public async Task<CrawlReport> RunAsync(SourceDefinition definition, CrawlRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(request);
        if (!adaptersByKind.TryGetValue(definition.Kind, out var adapter))
        {
            throw new ArgumentException($"No adapter reads sources of kind '{definition.Kind}'.", nameof(definition));
        }

        var effective = request.MaxPages is { } maxPages ? definition with { MaxPages = maxPages } : definition;
        long? runId = null;
        if (!request.DryRun)
        {
            await crawlLog.UpsertSourceAsync(
                new SourceRecord(definition.Id, definition.Kind, definition.Name ?? definition.Id,
                    JsonSerializer.Serialize(definition, CrawlJsonContext.Default.SourceDefinition)),
                cancellationToken).ConfigureAwait(false);
            runId = await crawlLog.StartCrawlRunAsync(definition.Id, cancellationToken).ConfigureAwait(false);
        }

        Log.CrawlStarted(logger, definition.Id, definition.Kind, definition.Url);
        using var fetcher = fetchers.Create(effective);
        Action<string>? onProblem = request.OnProblem is { } tell ? problem => tell(definition.Id, problem) : null;
        var run = new RunState(new SourceReadContext(effective, fetcher, time, onProblem), request, options.Value.BatchSize);
        request.OnStarted?.Invoke(new CrawlProgress(
            definition.Id, () => fetcher.PagesFetched, () => run.Found, () => run.Context.ProblemCount));
        try
        {
            await ReadAsync(adapter, run, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A clean stop: what was read is kept (without the cancelled token), the run is recorded, then we stop.
            await FlushAsync(run, CancellationToken.None).ConfigureAwait(false);
            if (runId is { } interrupted)
            {
                await RecordInterruptedAsync(definition, interrupted, run, fetcher.PagesFetched).ConfigureAwait(false);
            }

            throw;
        }

        var report = await FinishAsync(definition, run, fetcher.PagesFetched, runId, cancellationToken).ConfigureAwait(false);
        Log.CrawlFinished(logger, definition.Id, report.Status, report.Pages, report.Found, report.Expired, report.Reason);
        return report;
    }

    private async Task ReadAsync(ISourceAdapter adapter, RunState run, CancellationToken cancellationToken)
    {
        using var timeLimit = run.Request.MaxDuration is { } limit
            ? new CancellationTokenSource(limit, time)
            : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeLimit.Token);
        try
        {
            await foreach (var raw in adapter.ReadAsync(run.Context, linked.Token).ConfigureAwait(false))
            {
                await AcceptAsync(run, raw, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeLimit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            run.Context.ReportProblem($"the time limit of {run.Request.MaxDuration!.Value.TotalMinutes:0.#} minutes was reached; the crawl stopped there");
        }
        catch (PageLimitReachedException exception)
        {
            run.Context.ReportProblem(exception.Message);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever a hostile source makes an adapter throw ends this run as failed, never the process.
            run.Error = exception.Message;
            if (!IsSourceFailure(exception))
            {
                Log.AdapterFailed(logger, run.Context.Definition.Id, exception);
            }
        }

        // What was read stands, whatever ended the reading (user cancellation excepted).
        cancellationToken.ThrowIfCancellationRequested();
        await FlushAsync(run, cancellationToken).ConfigureAwait(false);
    }

    private async Task AcceptAsync(RunState run, RawVacancy raw, CancellationToken cancellationToken)
    {
        var definition = run.Context.Definition;
        var vacancy = normaliser.Normalise(WithDefaults(raw, definition));
        if (vacancy.ValidThrough is { } validThrough && validThrough < run.Context.Today)
        {
            return;
        }

        if (!run.Listed.Add(vacancy.Id))
        {
            return;
        }

        run.CountFound();

        if (run.Request.OnVacancy is { } onVacancy)
        {
            await onVacancy(vacancy, cancellationToken).ConfigureAwait(false);
        }

        run.Batch.Add(vacancy);
        if (run.Batch.Count >= run.BatchSize)
        {
            await FlushAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(RunState run, CancellationToken cancellationToken)
    {
        if (run.Batch.Count == 0)
        {
            return;
        }

        if (!run.Request.DryRun)
        {
            run.Stored += await store.UpsertAsync(run.Batch, cancellationToken).ConfigureAwait(false);
            if (run.Request.AfterBatch is { } afterBatch)
            {
                await afterBatch(cancellationToken).ConfigureAwait(false);
            }
        }

        run.Batch.Clear();
    }

    private async Task<CrawlReport> FinishAsync(
        SourceDefinition definition, RunState run, int pages, long? runId, CancellationToken cancellationToken)
    {
        var problems = run.Context.Problems;
        var status = run.Error is not null ? CrawlRunStatus.Failed
            : problems.Count > 0 ? CrawlRunStatus.Partial
            : CrawlRunStatus.Succeeded;
        string? error = run.Error;
        var expired = 0;
        if (status == CrawlRunStatus.Succeeded && !run.Request.DryRun)
        {
            if (await ImplausibilityAsync(definition.Id, run.Listed.Count, cancellationToken).ConfigureAwait(false) is { } reason)
            {
                status = CrawlRunStatus.Implausible;
                error = reason;
            }
            else
            {
                expired = await store.ExpireMissingAsync(definition.Id, run.Listed, cancellationToken).ConfigureAwait(false);
                expired += await store.ExpirePastValidThroughAsync(run.Context.Today, cancellationToken).ConfigureAwait(false);
                if (expired > 0 && run.Request.AfterBatch is { } afterBatch)
                {
                    await afterBatch(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var report = new CrawlReport(definition.Id, status, pages, run.Listed.Count, run.Stored, expired, problems, error);
        if (runId is { } id)
        {
            await crawlLog.FinishCrawlRunAsync(id, ToResult(report), cancellationToken).ConfigureAwait(false);
            await crawlLog.SetSourceHealthAsync(
                definition.Id,
                status == CrawlRunStatus.Succeeded ? SourceHealth.Healthy : SourceHealth.Unhealthy,
                status == CrawlRunStatus.Succeeded ? null : Describe(status, report.Reason),
                cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    /// <summary>Why a complete run cannot be believed, or null: zero vacancies, or far fewer than the last good run.</summary>
    private async Task<string?> ImplausibilityAsync(string source, int found, CancellationToken cancellationToken)
    {
        var recent = await crawlLog.GetRecentCrawlRunsAsync(source, 50, cancellationToken).ConfigureAwait(false);
        var lastGood = recent.FirstOrDefault(run => run.Result.Status == CrawlRunStatus.Succeeded);
        if (lastGood is null)
        {
            return null;
        }

        var before = lastGood.Result.New + lastGood.Result.Updated + lastGood.Result.Unchanged;
        var settings = options.Value;
        if (found == 0 && before > 0)
        {
            return $"the source listed no vacancies (the last good run found {before})";
        }

        return before >= settings.MinVacanciesForShareRule && found < before * settings.MinShareOfLastGoodRun
            ? $"the source listed {found} vacancies, far fewer than the {before} of the last good run"
            : null;
    }

    private async Task RecordInterruptedAsync(SourceDefinition definition, long runId, RunState run, int pages)
    {
        // The caller's token is cancelled: the record is written without it, so the run does not stay "running".
        var report = new CrawlReport(definition.Id, CrawlRunStatus.Failed, pages, run.Listed.Count, run.Stored, 0,
            run.Context.Problems, "interrupted");
        await crawlLog.FinishCrawlRunAsync(runId, ToResult(report), CancellationToken.None).ConfigureAwait(false);
    }

    private static CrawlRunResult ToResult(CrawlReport report) => new(
        report.Status, report.Pages, report.Stored.New, report.Stored.Updated + report.Stored.Reopened,
        report.Stored.Unchanged, report.Expired, report.Status == CrawlRunStatus.Succeeded ? null : report.Reason);

    private static string Describe(CrawlRunStatus status, string? reason) => status switch
    {
        CrawlRunStatus.Partial => $"partial crawl: {reason}",
        CrawlRunStatus.Implausible => $"implausible crawl: {reason}",
        _ => $"crawl failed: {reason}",
    };

    /// <summary>The expected failures of a source (network, malformed responses); anything else is logged with its stack.</summary>
    private static bool IsSourceFailure(Exception exception) => exception
        is FetchFailedException or HttpRequestException or JsonException or System.Xml.XmlException
        or InvalidDataException or FormatException or Refit.ApiException or TimeoutException
        or OperationCanceledException or RobotsUnavailableException or SourceUnreachableException;

    private static RawVacancy WithDefaults(RawVacancy raw, SourceDefinition definition)
    {
        var location = raw.Location;
        if (definition.Country is { } country && location is not null && location.Country is null)
        {
            location = location with { Country = country };
        }

        return raw with
        {
            Source = definition.Id,
            Employer = raw.Employer ?? definition.Employer,
            Language = raw.Language ?? definition.Language,
            Location = location,
        };
    }

    private sealed class RunState(SourceReadContext context, CrawlRequest request, int batchSize)
    {
        private int found;

        public SourceReadContext Context { get; } = context;

        public CrawlRequest Request { get; } = request;

        public int BatchSize { get; } = batchSize;

        public HashSet<string> Listed { get; } = new(StringComparer.Ordinal);

        public List<Vacancy> Batch { get; } = [];

        public UpsertSummary Stored { get; set; } = UpsertSummary.Empty;

        public string? Error { get; set; }

        /// <summary>Open vacancies found so far, readable from another thread (progress).</summary>
        public int Found => Volatile.Read(ref found);

        public void CountFound() => Interlocked.Increment(ref found);
    }
}
