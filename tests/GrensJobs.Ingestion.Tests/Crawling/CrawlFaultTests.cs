using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Ingestion.Crawling;
using GrensJobs.Ingestion.Http;
using GrensJobs.Ingestion.Tests.Http;
using GrensJobs.Normalisation;
using GrensJobs.Storage;
using GrensJobs.Storage.Sources;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Ingestion.Tests.Crawling;

/// <summary>
/// A German employer site (WireMock) crawled twice through the whole engine — HTTP pipeline, schema.org adapter,
/// normaliser, store — with a fault on the second run: the run ends, says why, and expires nothing wrongly.
/// </summary>
public sealed class CrawlFaultTests : IDisposable
{
    private static readonly string[] Jobs =
    [
        "Schweißer (m/w/d) MIG/MAG", "Berufskraftfahrer (m/w/d) CE Nahverkehr", "Elektroniker für Betriebstechnik (m/w/d)",
    ];

    /// <summary>The site's normal answers; a fault is a mapping at priority 1, which WireMock prefers.</summary>
    private const int Default = 10;

    private readonly WireMockServer site = WireMockServer.Start();
    private readonly string directory = Directory.CreateTempSubdirectory("grensjobs-crawl-faults-").FullName;
    private readonly ServiceProvider services;

    public CrawlFaultTests()
    {
        services = CreateServices();
        Serve(robots: "User-agent: *\nDisallow: /intern/\n");
    }

    private ServiceProvider CreateServices() =>
        new ServiceCollection()
            .AddLogging()
            .AddNormalisation()
            .AddStore(directory)
            .AddIngestion()
            .AddCrawlHttp(options =>
            {
                options.ConnectTimeout = TimeSpan.FromSeconds(1);
                options.AttemptTimeout = TimeSpan.FromSeconds(5);
                options.TotalTimeout = TimeSpan.FromSeconds(10);
                options.MaxRetryAttempts = 2;
                options.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
                options.MaxRetryAfter = TimeSpan.FromSeconds(2);
            })
            .BuildServiceProvider();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private SourceDefinition Definition => new()
    {
        Id = "niederrhein-metall",
        Kind = SourceKinds.SchemaOrg,
        Url = new Uri(site.Loopback() + "/stellen/"),
        Employer = "Niederrhein Metall GmbH",
        Country = "DE",
        Politeness = new PolitenessSettings { RequestsPerSecond = 50 },
    };

    [Fact]
    public async Task Crawl_DetailPageFailsWith503_RunIsPartialAndItsVacancyStaysOpen()
    {
        await FirstRunAsync();
        site.Given(Request.Create().WithPath("/stellen/2.html").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503));

        var report = await RunAsync();

        Assert.Equal(CrawlRunStatus.Partial, report.Status);
        var problem = Assert.Single(report.Problems);
        Assert.Equal($"{site.Loopback()}/stellen/2.html: HTTP 503 after 3 attempts; skipped", problem);
        Assert.Equal(0, report.Expired);
        Assert.Equal(3, await OpenAsync());
    }

    [Fact]
    public async Task Crawl_DetailPageAnswers404_OneProblemLineAndTheRunIsPartial()
    {
        await FirstRunAsync();
        site.Given(Request.Create().WithPath("/stellen/2.html").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(404));

        var report = await RunAsync();

        Assert.Equal(CrawlRunStatus.Partial, report.Status);
        var problem = Assert.Single(report.Problems);
        Assert.Equal($"{site.Loopback()}/stellen/2.html: HTTP 404 (linked from a job listing); skipped", problem);
        Assert.Equal(2, report.Found);
        Assert.Equal(0, report.Expired);
        Assert.Equal(3, await OpenAsync());
    }

    [Fact]
    public async Task Crawl_RobotsAnswers503_RunFailsSayingWhyAndFetchesNothingElse()
    {
        await FirstRunAsync();
        site.ResetLogEntries();
        site.Given(Request.Create().WithPath("/robots.txt").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503));
        var problems = new List<string>();

        // A later run in a new process: robots.txt is read afresh (within one process it is cached).
        using var later = CreateServices();
        var report = await later.GetRequiredService<CrawlRunner>().RunAsync(
            Definition, new CrawlRequest { OnProblem = (_, problem) => problems.Add(problem) }, Token);

        Assert.Equal(CrawlRunStatus.Failed, report.Status);
        Assert.StartsWith($"{site.Loopback()}/robots.txt answered HTTP 503; by RFC 9309 the site counts as disallowing everything", report.Error, StringComparison.Ordinal);
        Assert.Empty(problems);
        Assert.Equal(0, report.Expired);
        Assert.Equal(3, await OpenAsync());
        Assert.Equal(["/robots.txt"], site.LogEntries.Select(entry => entry.RequestMessage.Path).Distinct());
        var source = Assert.Single(await later.GetRequiredService<ICrawlLog>().ListSourcesAsync(Token));
        Assert.Equal(SourceHealth.Unhealthy, source.Health);
    }

    [Fact]
    public async Task Crawl_NothingListening_RunFailsWithOneReasonNamingTheStartPageAndTheAttempts()
    {
        var closed = ClosedPort();
        var start = new Uri($"http://127.0.0.1:{closed}/stellen/");
        var problems = new List<string>();

        var report = await services.GetRequiredService<CrawlRunner>().RunAsync(
            Definition with { Url = start }, new CrawlRequest { OnProblem = (_, problem) => problems.Add(problem) }, Token);

        Assert.Equal(CrawlRunStatus.Failed, report.Status);
        Assert.Equal(
            $"the start page {start} could not be reached: http://127.0.0.1:{closed}/robots.txt: Connection refused (127.0.0.1:{closed}); gave up after 3 attempts",
            report.Error);
        Assert.Empty(report.Problems);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Crawl_StartPageAnswers500_RunFailsWithTheStatus()
    {
        site.Given(Request.Create().WithPath("/stellen/").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(500));

        var report = await RunAsync();

        Assert.Equal(CrawlRunStatus.Failed, report.Status);
        Assert.Equal($"the start page {site.Loopback()}/stellen/ answered HTTP 500 after 3 attempts", report.Error);
    }

    [Fact]
    public async Task Crawl_ProgressAndProblems_AreSeenWhileTheRunGoes()
    {
        site.Given(Request.Create().WithPath("/stellen/3.html").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(404));
        CrawlProgress? progress = null;
        var seen = new List<(string Source, string Problem, int Pages)>();

        var report = await services.GetRequiredService<CrawlRunner>().RunAsync(Definition, new CrawlRequest
        {
            OnStarted = run => progress = run,
            OnProblem = (source, problem) => seen.Add((source, problem, progress!.Pages)),
        }, Token);

        Assert.NotNull(progress);
        Assert.Equal("niederrhein-metall", progress.Source);
        var (source, problem, pagesThen) = Assert.Single(seen);
        Assert.Equal("niederrhein-metall", source);
        Assert.Contains("/stellen/3.html: HTTP 404", problem, StringComparison.Ordinal);
        Assert.InRange(pagesThen, 3, report.Pages);
        Assert.Equal(report.Pages, progress.Pages);
        Assert.Equal(2, progress.Found);
        Assert.Equal(1, progress.Problems);
    }

    [Fact]
    public async Task Crawl_ListingSuddenlyWithoutVacancies_IsImplausibleAndExpiresNothing()
    {
        await FirstRunAsync();
        site.Given(Request.Create().WithPath("/stellen/").UsingGet())
            .AtPriority(1)
            .RespondWith(Html("<html><body><h1>Wartungsarbeiten</h1><p>Bitte versuchen Sie es später.</p></body></html>"));

        var report = await RunAsync();

        Assert.Equal(CrawlRunStatus.Implausible, report.Status);
        Assert.Equal(0, report.Expired);
        Assert.Equal(3, await OpenAsync());
        var source = Assert.Single(await services.GetRequiredService<ICrawlLog>().ListSourcesAsync(Token));
        Assert.Equal(SourceHealth.Unhealthy, source.Health);
    }

    [Fact]
    public async Task Crawl_RobotsNowDisallowsEverything_FetchesNoPageAndExpiresNothing()
    {
        await FirstRunAsync();
        site.ResetLogEntries();
        site.Given(Request.Create().WithPath("/robots.txt").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("User-agent: GrensJobs\nDisallow: /\n"));

        // A later run in a new process: robots.txt is read afresh (within one process it is cached).
        using var later = CreateServices();
        var report = await later.GetRequiredService<CrawlRunner>().RunAsync(Definition, new CrawlRequest(), Token);

        Assert.NotEqual(CrawlRunStatus.Succeeded, report.Status);
        Assert.Equal(0, report.Expired);
        Assert.Equal(3, await OpenAsync());
        Assert.DoesNotContain(site.LogEntries, entry => entry.RequestMessage.Path.StartsWith("/stellen/", StringComparison.Ordinal)
            && entry.RequestMessage.Path != "/stellen/");
    }

    [Fact]
    public async Task Crawl_TruncatedJsonLdOnADetailPage_RunIsPartialAndNothingExpires()
    {
        await FirstRunAsync();
        site.Given(Request.Create().WithPath("/stellen/3.html").UsingGet())
            .AtPriority(1)
            .RespondWith(Html("""<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": "Elektroniker für Betriebstechnik (m/w/d)", "description": "<p>Wartung und Instandhaltung"""));

        var report = await RunAsync();

        Assert.Equal(CrawlRunStatus.Partial, report.Status);
        Assert.Equal(3, await OpenAsync());
    }

    [Fact]
    public async Task Crawl_TooManyRequestsWithRetryAfter_WaitsAndSucceeds()
    {
        site.Given(Request.Create().WithPath("/stellen/").UsingGet())
            .InScenario("busy").WillSetStateTo("served")
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));

        var report = await RunAsync();

        Assert.Equal(CrawlRunStatus.Succeeded, report.Status);
        Assert.Equal(3, report.Found);
        Assert.Equal(2, site.CountRequests("/stellen/"));
    }

    public void Dispose()
    {
        services.Dispose();
        site.Stop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private async Task FirstRunAsync()
    {
        var report = await RunAsync();
        Assert.Equal(CrawlRunStatus.Succeeded, report.Status);
        Assert.Equal(3, report.Found);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task<CrawlReport> RunAsync() =>
        services.GetRequiredService<CrawlRunner>().RunAsync(Definition, new CrawlRequest(), Token);

    private async Task<long> OpenAsync() =>
        (await services.GetRequiredService<IVacancyStore>().CountAsync(Token)).Open;

    private void Serve(string robots)
    {
        site.Given(Request.Create().WithPath("/robots.txt").UsingGet())
            .AtPriority(Default)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody(robots));
        var links = string.Concat(Jobs.Select((title, i) => $"<li><a href=\"/stellen/{i + 1}.html\">{title}</a></li>"));
        site.Given(Request.Create().WithPath("/stellen/").UsingGet())
            .AtPriority(Default)
            .RespondWith(Html($"<html lang=\"de\"><body><h1>Stellenangebote</h1><ul>{links}</ul></body></html>"));
        site.Given(Request.Create().WithPath("/stellen/").UsingGet())
            .InScenario("busy").WhenStateIs("served")
            .AtPriority(1)
            .RespondWith(Html($"<html lang=\"de\"><body><h1>Stellenangebote</h1><ul>{links}</ul></body></html>"));
        for (var i = 0; i < Jobs.Length; i++)
        {
            site.Given(Request.Create().WithPath($"/stellen/{i + 1}.html").UsingGet())
                .AtPriority(Default)
                .RespondWith(Html(Detail(i + 1, Jobs[i])));
        }
    }

    private static string Detail(int number, string title) => $$$"""
        <html lang="de"><head><title>{{{title}}}</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "JobPosting", "identifier": {"@type": "PropertyValue", "value": "NM-{{{number}}}"},
         "title": "{{{title}}}", "datePosted": "2026-11-02", "validThrough": "2027-01-31", "employmentType": "FULL_TIME",
         "description": "<p>Für unser Werk in Kleve suchen wir Sie ab sofort.</p><ul><li>Gute Deutschkenntnisse</li><li>Niederländisch von Vorteil</li></ul>",
         "hiringOrganization": {"@type": "Organization", "name": "Niederrhein Metall GmbH"},
         "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "postalCode": "47533", "addressLocality": "Kleve", "addressCountry": "DE"} } }
        </script></head><body><h1>{{{title}}}</h1></body></html>
        """;

    private static IResponseBuilder Html(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(body);
}
