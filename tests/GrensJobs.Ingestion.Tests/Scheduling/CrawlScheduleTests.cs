using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using GrensJobs.Ingestion.Crawling;
using GrensJobs.Ingestion.Scheduling;
using GrensJobs.Ingestion.Tests.Crawling;
using GrensJobs.Normalisation;
using GrensJobs.Storage;
using GrensJobs.Storage.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GrensJobs.Ingestion.Tests.Scheduling;

/// <summary>The Quartz schedule in a real host: runs fire on the cron, are recorded, and never overlap for one source.</summary>
public sealed class CrawlScheduleTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("grensjobs-schedule-").FullName;
    private readonly ListedAdapter adapter = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Schedule_EverySecond_RecordsARunEachTime()
    {
        adapter.Listing.Add(CrawlHarness.Job(1));
        using var host = Host(everySecond: true);
        await host.StartAsync(Token);

        var crawlLog = host.Services.GetRequiredService<ICrawlLog>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await crawlLog.GetRecentCrawlRunsAsync("mueller-gmbh", 20, Token)).Count(run => run.Ended is not null) < 2
            && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200, Token);
        }

        await host.StopAsync(Token);

        var runs = await crawlLog.GetRecentCrawlRunsAsync("mueller-gmbh", 20, Token);
        Assert.True(runs.Count(run => run.Ended is not null) >= 2, $"{runs.Count} runs");
        Assert.All(runs.Where(run => run.Ended is not null), run => Assert.Equal(CrawlRunStatus.Succeeded, run.Result.Status));
    }

    [Fact]
    public async Task Schedule_RunStillGoing_NextTriggerDoesNotStartASecondRun()
    {
        adapter.Listing.Add(CrawlHarness.Job(1));
        adapter.HangAtEnd = true;
        using var host = Host(everySecond: true);
        await host.StartAsync(Token);

        await adapter.Hanging.Task.WaitAsync(TimeSpan.FromSeconds(10), Token);
        await Task.Delay(TimeSpan.FromSeconds(3), Token);

        var runs = await host.Services.GetRequiredService<ICrawlLog>().GetRecentCrawlRunsAsync("mueller-gmbh", 20, Token);
        Assert.Single(runs);
        Assert.Null(runs[0].Ended);
        await host.StopAsync(Token);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private IHost Host(bool everySecond)
    {
        var definition = new SourceDefinition
        {
            Id = "mueller-gmbh",
            Kind = ListedAdapter.KindName,
            Url = new Uri("https://karriere.mueller-metallbau.de/stellen"),
            Schedule = everySecond ? "0/1 * * * * ?" : null,
            Country = "DE",
        };
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddNormalisation();
        builder.Services.AddStore(directory);
        builder.Services.AddSingleton<ISourceAdapter>(adapter);
        builder.Services.AddSingleton<IPageFetcherFactory>(new PlainFetchers());
        builder.Services.AddIngestion();
        builder.Services.AddCrawlSchedule([definition]);
        return builder.Build();
    }
}
