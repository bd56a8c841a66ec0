using GrensJobs.Core.Vacancies;
using GrensJobs.Ingestion.Crawling;
using GrensJobs.Storage.Sources;

namespace GrensJobs.Ingestion.Tests.Crawling;

public sealed class CrawlRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_FirstCrawl_StoresEveryVacancyAndRecordsAHealthyRun()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2, 3);

        var report = await harness.RunAsync();

        Assert.Equal(CrawlRunStatus.Succeeded, report.Status);
        Assert.Equal(3, report.Found);
        Assert.Equal(3, report.Stored.New);
        var stored = await harness.Store.GetAsync("mueller-gmbh", "2", Token);
        Assert.NotNull(stored);
        Assert.Equal("Müller Metallbau GmbH", stored.Vacancy.Employer);
        Assert.Equal("DE", stored.Vacancy.Location?.Country);
        var source = Assert.Single(await harness.CrawlLog.ListSourcesAsync(Token));
        Assert.Equal(SourceHealth.Healthy, source.Health);
        var run = Assert.Single(await harness.CrawlLog.GetRecentCrawlRunsAsync("mueller-gmbh", 5, Token));
        Assert.Equal(new CrawlRunResult(CrawlRunStatus.Succeeded, 0, 3, 0, 0, 0), run.Result);
        Assert.NotNull(run.Ended);
    }

    [Fact]
    public async Task Run_CompleteCrawlNoLongerListingAVacancy_ExpiresIt()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2, 3);
        await harness.RunAsync();
        harness.List(1, 3);

        var report = await harness.RunAsync();

        Assert.Equal(CrawlRunStatus.Succeeded, report.Status);
        Assert.Equal(1, report.Expired);
        Assert.Equal(VacancyStatus.Expired, await harness.StatusAsync(2));
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(1));
    }

    [Fact]
    public async Task Run_VacancyThatReappears_IsReopened()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2, 3);
        await harness.RunAsync();
        harness.List(1, 3);
        await harness.RunAsync();
        harness.List(1, 2, 3);

        var report = await harness.RunAsync();

        Assert.Equal(1, report.Stored.Reopened);
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(2));
    }

    [Fact]
    public async Task Run_FailingMidway_StoresWhatWasReadExpiresNothingAndMarksUnhealthy()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2, 3, 4);
        await harness.RunAsync();
        harness.List(1, 2, 3, 5);
        harness.Adapter.FailAfter = 2;

        var report = await harness.RunAsync();

        Assert.Equal(CrawlRunStatus.Failed, report.Status);
        Assert.Contains("connection refused", report.Error, StringComparison.Ordinal);
        Assert.Equal(0, report.Expired);
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(3));
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(4));
        var source = Assert.Single(await harness.CrawlLog.ListSourcesAsync(Token));
        Assert.Equal(SourceHealth.Unhealthy, source.Health);
        Assert.Contains("connection refused", source.HealthReason, StringComparison.Ordinal);
        var last = (await harness.CrawlLog.GetRecentCrawlRunsAsync("mueller-gmbh", 1, Token))[0];
        Assert.Equal(CrawlRunStatus.Failed, last.Result.Status);
    }

    [Fact]
    public async Task Run_PartialListing_ExpiresNothing()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2, 3);
        await harness.RunAsync();
        harness.List(1);
        harness.Adapter.Problem = "https://karriere.mueller-metallbau.de/stellen?page=2: 503 Service Unavailable";

        var report = await harness.RunAsync();

        Assert.Equal(CrawlRunStatus.Partial, report.Status);
        Assert.Equal(0, report.Expired);
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(2));
        var source = Assert.Single(await harness.CrawlLog.ListSourcesAsync(Token));
        Assert.Equal(SourceHealth.Unhealthy, source.Health);
        Assert.StartsWith("partial crawl:", source.HealthReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ListingSuddenlyEmpty_IsImplausibleAndExpiresNothing()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2, 3);
        await harness.RunAsync();
        harness.List();

        var report = await harness.RunAsync();

        Assert.Equal(CrawlRunStatus.Implausible, report.Status);
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(1));
        var source = Assert.Single(await harness.CrawlLog.ListSourcesAsync(Token));
        Assert.Equal(SourceHealth.Unhealthy, source.Health);
        Assert.Contains("no vacancies", source.HealthReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FarFewerThanTheLastGoodRun_IsImplausible()
    {
        await using var harness = new CrawlHarness();
        harness.List([.. Enumerable.Range(1, 20)]);
        await harness.RunAsync();
        harness.List(1, 2, 3);

        var report = await harness.RunAsync();

        Assert.Equal(CrawlRunStatus.Implausible, report.Status);
        Assert.Equal(0, report.Expired);
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(17));
    }

    [Fact]
    public async Task Run_FewerButPlausible_ExpiresTheMissing()
    {
        await using var harness = new CrawlHarness();
        harness.List([.. Enumerable.Range(1, 20)]);
        await harness.RunAsync();
        harness.List([.. Enumerable.Range(1, 12)]);

        var report = await harness.RunAsync();

        Assert.Equal(CrawlRunStatus.Succeeded, report.Status);
        Assert.Equal(8, report.Expired);
    }

    [Fact]
    public async Task Run_PostingPastValidThrough_IsNotOpenAndExpires()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2);
        await harness.RunAsync();
        harness.Adapter.Listing[1] = CrawlHarness.Job(2, validThrough: new DateOnly(2026, 11, 20));

        var report = await harness.RunAsync();

        Assert.Equal(1, report.Found);
        Assert.Equal(VacancyStatus.Expired, await harness.StatusAsync(2));
    }

    [Fact]
    public async Task Run_DryRun_StoresAndRecordsNothingButReportsEveryVacancy()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2, 3);
        var seen = new List<Vacancy>();

        var report = await harness.RunAsync(new CrawlRequest
        {
            DryRun = true,
            OnVacancy = (vacancy, _) =>
            {
                seen.Add(vacancy);
                return ValueTask.CompletedTask;
            },
        });

        Assert.Equal(3, report.Found);
        Assert.Equal(["1", "2", "3"], seen.Select(vacancy => vacancy.Id));
        Assert.Equal("mueller-gmbh", seen[0].Source);
        Assert.Null(await harness.StatusAsync(1));
        Assert.Empty(await harness.CrawlLog.ListSourcesAsync(Token));
    }

    [Fact]
    public async Task Run_TimeLimitReached_EndsPartialKeepingWhatWasRead()
    {
        await using var harness = new CrawlHarness();
        harness.List(1, 2);
        await harness.RunAsync();
        harness.List(1);
        harness.Adapter.HangAtEnd = true;

        var running = harness.RunAsync(new CrawlRequest { MaxDuration = TimeSpan.FromMinutes(10) });
        while (!running.IsCompleted)
        {
            harness.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20, Token);
        }

        var report = await running;
        Assert.Equal(CrawlRunStatus.Partial, report.Status);
        Assert.Contains("time limit of 10 minutes", report.Problems[0], StringComparison.Ordinal);
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(2));
    }

    [Fact]
    public async Task Run_Cancelled_RecordsTheRunAsInterruptedAndRethrows()
    {
        await using var harness = new CrawlHarness();
        harness.List(1);
        harness.Adapter.HangAtEnd = true;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);

        var running = harness.Runner.RunAsync(harness.Definition, new CrawlRequest(), cancellation.Token);
        await harness.Adapter.Hanging.Task.WaitAsync(Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(VacancyStatus.Open, await harness.StatusAsync(1));

        var run = Assert.Single(await harness.CrawlLog.GetRecentCrawlRunsAsync("mueller-gmbh", 5, Token));
        Assert.Equal(CrawlRunStatus.Failed, run.Result.Status);
        Assert.Equal("interrupted", run.Result.Error);
    }
}
