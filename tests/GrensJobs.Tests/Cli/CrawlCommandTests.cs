using System.Text;
using System.Text.Json;
using GrensJobs.Cli;
using GrensJobs.Core.Vacancies;
using GrensJobs.Demo;
using GrensJobs.Storage;
using GrensJobs.Storage.Sources;
using GrensJobs.Tests.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Cli;

/// <summary><c>crawl</c> and <c>sources</c> against the bundled demo sites, served on loopback.</summary>
[Collection(DemoPorts.Name)]
public sealed class CrawlCommandTests(DemoSitesFixture demo) : IClassFixture<DemoSitesFixture>, IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("grensjobs-crawl-cli-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Crawl_AllDemoSources_StoresEverySiteAndMergesTheDuplicates()
    {
        await using var services = Services();

        var (exitCode, _, report) = await CrawlAsync(services, new CrawlArguments([], true, null, false, false, null, null));

        Assert.True(exitCode == ExitCodes.Success, report);
        foreach (var id in new[] { "venlo-techniek", "kleve-metall", "liege-industrie", "hasselt-zorg", "emmerich-logistik", "ba-demo" })
        {
            Assert.True(report.Contains($"crawl {id}: succeeded", StringComparison.Ordinal), report);
        }

        var store = services.GetRequiredService<IVacancyStore>();
        Assert.Equal(311, (await store.CountAsync(Token)).Open);
        var ba = await store.GetAsync("ba-demo", "10000-1202368160-S", Token);
        var personio = await store.GetAsync("emmerich-logistik", "1704307", Token);
        Assert.NotNull(ba?.Cluster);
        Assert.Equal(personio?.Cluster, ba.Cluster);
        Assert.NotEqual(
            (await store.GetAsync("emmerich-logistik", "1704405", Token))?.Cluster,
            (await store.GetAsync("emmerich-logistik", "1704545", Token))?.Cluster);
        var sources = await services.GetRequiredService<ICrawlLog>().ListSourcesAsync(Token);
        Assert.All(sources, source => Assert.Equal(SourceHealth.Healthy, source.Health));

        using var index = await IndexSync.OpenForSearchAsync(services, new StringWriter(), Token);
        var all = services.GetRequiredService<GrensJobs.Search.Querying.VacancySearcher>()
            .Search(index, new GrensJobs.Search.Querying.SearchRequest { Top = 400 });
        Assert.Equal(309, all.Total);
        var merged = Assert.Single(all.Results, hit => hit.Id is "1704307" or "10000-1202368160-S");
        var members = merged.Duplicates.Select(duplicate => duplicate.Source).Append(merged.Source).Order(StringComparer.Ordinal);
        Assert.Equal(["ba-demo", "emmerich-logistik"], members);
    }

    [Fact]
    public async Task Crawl_UrlDryRunJsonl_PrintsTheSitesOpenVacanciesAndStoresNothing()
    {
        await using var services = Services();

        var (exitCode, stdout, report) = await CrawlAsync(
            services, new CrawlArguments([], false, demo.Moved("http://127.0.0.1:5091/"), true, true, null, null));

        Assert.Equal(ExitCodes.Success, exitCode);
        var vacancies = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<Vacancy>(line, GrensJobs.Core.Json.GrensJobsJson.Context.Vacancy)!)
            .ToList();
        Assert.Equal(46, vacancies.Count);
        Assert.All(vacancies, vacancy =>
        {
            Assert.Equal($"127-0-0-1-{demo.BasePort}", vacancy.Source);
            Assert.Equal("NL", vacancy.Location?.Country);
            Assert.DoesNotContain("/intern/", vacancy.Url, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", vacancy.Text, StringComparison.OrdinalIgnoreCase);
        });
        Assert.DoesNotContain(vacancies, vacancy => vacancy.Title.Contains("Kwaliteitstechnicus", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("open vacancies", report, StringComparison.Ordinal);
        Assert.Equal(0, (await services.GetRequiredService<IVacancyStore>().CountAsync(Token)).Open);
    }

    [Fact]
    public async Task Crawl_SecondRunAfterTheListingEmptied_IsImplausibleAndExpiresNothing()
    {
        await using var services = Services();
        var definition = demo.Catalog.Find("emmerich-logistik")!;
        await CrawlAsync(services, new CrawlArguments(["emmerich-logistik"], false, null, false, false, null, null));
        var runner = services.GetRequiredService<GrensJobs.Ingestion.Crawling.CrawlRunner>();

        var emptied = await runner.RunAsync(
            definition with { Url = new Uri(demo.Moved("http://127.0.0.1:5091/leeg")) }, new GrensJobs.Ingestion.Crawling.CrawlRequest(), Token);

        Assert.NotEqual(CrawlRunStatus.Succeeded, emptied.Status);
        Assert.Equal(0, emptied.Expired);
        Assert.Equal(36, (await services.GetRequiredService<IVacancyStore>().CountAsync(Token)).Open);
        var source = Assert.Single(await services.GetRequiredService<ICrawlLog>().ListSourcesAsync(Token));
        Assert.Equal(SourceHealth.Unhealthy, source.Health);
    }

    [Fact]
    public async Task Crawl_ASourceThatCannotBeReached_Exits1AndSaysWhy()
    {
        await using var services = Services(sourcesDirectory: WriteSources(("kleve-offline", """
            id: kleve-offline
            kind: personio
            url: http://127.0.0.1:9
            country: DE
            """)));

        var (exitCode, _, report) = await CrawlAsync(services, new CrawlArguments(["kleve-offline"], false, null, false, false, null, null));

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains("crawl kleve-offline: failed", report, StringComparison.Ordinal);
        Assert.Contains("nothing was expired", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], false, null, "exactly one of")]
    [InlineData(new[] { "ba-demo" }, true, null, "exactly one of")]
    [InlineData(new string[0], false, "venlo.nl/vacatures", "not an absolute http(s) URL")]
    [InlineData(new[] { "no-such-source" }, false, null, "unknown or invalid source 'no-such-source'")]
    public async Task Crawl_BadUsage_Exits2WithTheReason(string[] sources, bool all, string? url, string expected)
    {
        await using var services = Services();

        var (exitCode, _, report) = await CrawlAsync(services, new CrawlArguments(sources, all, url, true, false, null, null));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(expected, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesCheck_InvalidDefinition_Exits2WithFileLineAndReason()
    {
        var directory = WriteSources(("venlo-nacht", """
            id: venlo-nacht
            kind: schema-org
            url: https://werken.venlo-nacht.example.nl/
            schedule: "0 30 2 * * ?"
            """));
        await using var services = Services(sourcesDirectory: directory);
        var report = new StringWriter();

        var exitCode = await SourcesCommand.CheckAsync(null, services, report);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains($"{Path.Combine(directory, "venlo-nacht.yaml")}:4: schedule", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesList_AfterACrawl_ShowsHealthAndTheLastRun()
    {
        await using var services = Services();
        await CrawlAsync(services, new CrawlArguments(["hasselt-zorg"], false, null, false, false, null, null));
        var output = new StringWriter();

        await SourcesCommand.ListAsync(services, output, new StringWriter(), Token);

        var row = output.ToString().Split('\n').Single(line => line.StartsWith("hasselt-zorg", StringComparison.Ordinal));
        Assert.Contains("healthy", row, StringComparison.Ordinal);
        Assert.Contains("succeeded", row, StringComparison.Ordinal);
        Assert.Contains(" 38 ", row, StringComparison.Ordinal);
        Assert.Contains("never", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private ServiceProvider Services(string? sourcesDirectory = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Crawl:SourcesDirectory"] = sourcesDirectory ?? demo.SourcesDirectory,
                ["CrawlHttp:RetryBaseDelay"] = "00:00:00.050",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddProduct(configuration, dataDirectory);
        return services.BuildServiceProvider();
    }

    private string WriteSources(params (string Id, string Yaml)[] files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(dataDirectory, "sources-" + Guid.NewGuid().ToString("N"))).FullName;
        foreach (var (id, yaml) in files)
        {
            File.WriteAllText(Path.Combine(directory, id + ".yaml"), yaml);
        }

        return directory;
    }

    private static async Task<(int ExitCode, string Stdout, string Report)> CrawlAsync(IServiceProvider services, CrawlArguments arguments)
    {
        using var stdout = new MemoryStream();
        var report = new StringWriter();
        var exitCode = await CrawlCommand.RunAsync(arguments, services, stdout, report, Token);
        return (exitCode, Encoding.UTF8.GetString(stdout.ToArray()), report.ToString());
    }
}
