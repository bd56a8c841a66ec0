using System.Text;
using GrensJobs.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Tests.Cli;

/// <summary><c>crawl --url</c> against a German employer site (WireMock) that fails: what stderr says, and the exit code.</summary>
public sealed class CrawlFaultCommandTests : IDisposable
{
    private readonly WireMockServer site = WireMockServer.Start();
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("grensjobs-crawl-faults-cli-").FullName;

    public CrawlFaultCommandTests()
    {
        site.Given(Request.Create().WithPath("/robots.txt").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("User-agent: *\nDisallow: /intern/\n"));
        site.Given(Request.Create().WithPath("/stellen/").UsingGet()).AtPriority(10)
            .RespondWith(Html("""<html lang="de"><body><h1>Stellenangebote</h1><ul><li><a href="/stellen/1.html">Schweißer (m/w/d)</a></li><li><a href="/stellen/2.html">Lagerist (m/w/d)</a></li></ul></body></html>"""));
        site.Given(Request.Create().WithPath("/stellen/1.html").UsingGet()).AtPriority(10)
            .RespondWith(Html(Detail("NM-1", "Schweißer (m/w/d) MIG/MAG")));
        site.Given(Request.Create().WithPath("/stellen/2.html").UsingGet()).AtPriority(10)
            .RespondWith(Html(Detail("NM-2", "Lagerist (m/w/d) Frühschicht")));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Start => $"http://127.0.0.1:{site.Port}/stellen/";

    [Fact]
    public async Task Crawl_UrlWithNothingListening_Exits1WithOneLineSayingTheStartPageCouldNotBeReached()
    {
        var port = TestPorts.Free();

        var (exitCode, lines) = await CrawlAsync($"http://127.0.0.1:{port}/");

        Assert.Equal(ExitCodes.Failed, exitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith($"crawl 127-0-0-1-{port}: failed — the start page http://127.0.0.1:{port}/ could not be reached: ", line, StringComparison.Ordinal);
        Assert.Contains($"Connection refused (127.0.0.1:{port}); gave up after 4 attempts", line, StringComparison.Ordinal);
        Assert.Contains("nothing was expired", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_UrlWhoseRobotsAnswers503_Exits1SayingWhyNothingWasFetched()
    {
        site.Given(Request.Create().WithPath("/robots.txt").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503));

        var (exitCode, lines) = await CrawlAsync(Start);

        Assert.Equal(ExitCodes.Failed, exitCode);
        var line = Assert.Single(lines);
        Assert.Contains($": failed — http://127.0.0.1:{site.Port}/robots.txt answered HTTP 503; by RFC 9309", line, StringComparison.Ordinal);
        Assert.DoesNotContain(site.LogEntries, entry => entry.RequestMessage.Path.StartsWith("/stellen/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_UrlWithA404DetailPage_PrintsOneProblemLineAndThePartialSummary()
    {
        site.Given(Request.Create().WithPath("/stellen/2.html").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(404));

        var (exitCode, lines) = await CrawlAsync(Start);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"crawl 127-0-0-1-{site.Port}: http://127.0.0.1:{site.Port}/stellen/2.html: HTTP 404 (linked from a job listing); skipped", lines[0]);
        Assert.StartsWith($"crawl 127-0-0-1-{site.Port}: partial — ", lines[1], StringComparison.Ordinal);
        Assert.Contains("1 open vacancy (1 new, 0 updated, 0 unchanged), 1 problem; nothing was expired", lines[1], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        site.Stop();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task<(int ExitCode, string[] Lines)> CrawlAsync(string url)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CrawlHttp:RetryBaseDelay"] = "00:00:00.020" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddProduct(configuration, dataDirectory);
        await using var provider = services.BuildServiceProvider();
        using var stdout = new MemoryStream();
        var report = new StringWriter();
        var exitCode = await CrawlCommand.RunAsync(
            new CrawlArguments([], false, url, false, false, null, null), provider, stdout, report, Token);
        Assert.Empty(stdout.ToArray());
        return (exitCode, report.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Detail(string id, string title) => $$$"""
        <html lang="de"><head><title>{{{title}}}</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "JobPosting", "identifier": {"@type": "PropertyValue", "value": "{{{id}}}"},
         "title": "{{{title}}}", "datePosted": "2026-11-02", "validThrough": "2099-01-31", "employmentType": "FULL_TIME",
         "description": "<p>Für unser Werk in Kleve suchen wir Sie ab sofort. Gute Deutschkenntnisse.</p>",
         "hiringOrganization": {"@type": "Organization", "name": "Niederrhein Metall GmbH"},
         "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "postalCode": "47533", "addressLocality": "Kleve", "addressCountry": "DE"} } }
        </script></head><body><h1>{{{title}}}</h1></body></html>
        """;

    private static IResponseBuilder Html(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(body, encoding: Encoding.UTF8);
}
