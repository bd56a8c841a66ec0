using GrensJobs.Storage.Sources;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Storage.Tests.Sources;

/// <summary>The behaviour every <see cref="ICrawlLog"/> must have; implementations supply <see cref="CreateCrawlLog"/>.</summary>
public abstract class CrawlLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract ICrawlLog CreateCrawlLog(TimeProvider time);

    private static SourceRecord Mueller(string name = "Müller GmbH – Karriere") => new(
        "mueller-gmbh", "schema-org", name, """{"url":"https://karriere.example.de/jobs"}""");

    [Fact]
    public async Task UpsertSource_Twice_KeepsOneRowWithLatestDefinitionAndHealth()
    {
        var log = CreateCrawlLog(Time);
        await log.UpsertSourceAsync(Mueller(), Token);
        await log.SetSourceHealthAsync("mueller-gmbh", SourceHealth.Unhealthy, "0 vacancies, last good run had 48", Token);

        await log.UpsertSourceAsync(Mueller("Müller & Söhne GmbH"), Token);

        var source = Assert.Single(await log.ListSourcesAsync(Token));
        Assert.Equal("Müller & Söhne GmbH", source.Name);
        Assert.Equal(SourceHealth.Unhealthy, source.Health);
        Assert.Equal("0 vacancies, last good run had 48", source.HealthReason);
    }

    [Fact]
    public async Task CrawlRun_StartedAndFinished_IsRecordedAndLinkedToSource()
    {
        var log = CreateCrawlLog(Time);
        await log.UpsertSourceAsync(Mueller(), Token);
        var good = await log.StartCrawlRunAsync("mueller-gmbh", Token);
        Time.Advance(TimeSpan.FromMinutes(3));
        await log.FinishCrawlRunAsync(good, new CrawlRunResult(CrawlRunStatus.Succeeded, 12, 5, 2, 41, 1), Token);
        Time.Advance(TimeSpan.FromHours(1));
        var failed = await log.StartCrawlRunAsync("mueller-gmbh", Token);
        Time.Advance(TimeSpan.FromMinutes(1));

        await log.FinishCrawlRunAsync(failed, new CrawlRunResult(CrawlRunStatus.Failed, 1, 0, 0, 0, 0, "HTTP 503"), Token);

        var runs = await log.GetRecentCrawlRunsAsync("mueller-gmbh", 10, Token);
        Assert.Equal([failed, good], runs.Select(r => r.Id));
        Assert.Equal(new CrawlRunResult(CrawlRunStatus.Failed, 1, 0, 0, 0, 0, "HTTP 503"), runs[0].Result);
        Assert.Equal(new CrawlRunResult(CrawlRunStatus.Succeeded, 12, 5, 2, 41, 1), runs[1].Result);
        Assert.Equal(Start, runs[1].Started);
        Assert.Equal(Start.AddMinutes(3), runs[1].Ended);
        var source = Assert.Single(await log.ListSourcesAsync(Token));
        Assert.Equal(failed, source.LastRunId);
        Assert.Equal(good, source.LastGoodRunId);
    }

    [Fact]
    public async Task CrawlRun_WithoutDefinition_IsRecordedWhileRunning()
    {
        var log = CreateCrawlLog(Time);

        var run = await log.StartCrawlRunAsync("url:http://127.0.0.1:8080/", Token);

        var recorded = Assert.Single(await log.GetRecentCrawlRunsAsync("url:http://127.0.0.1:8080/", 5, Token));
        Assert.Equal(run, recorded.Id);
        Assert.Null(recorded.Ended);
        Assert.Equal(CrawlRunStatus.Running, recorded.Result.Status);
        Assert.Empty(await log.ListSourcesAsync(Token));
    }
}
