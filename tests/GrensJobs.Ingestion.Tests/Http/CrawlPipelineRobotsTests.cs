using GrensJobs.Crawlers.Web;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class CrawlPipelineRobotsTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly CrawlHttpHarness harness = new(o => o.Version = "2.3");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_RobotsDisallowsPath_NothingIsSentThere()
    {
        Robots(200, "User-agent: *\nDisallow: /\n\nUser-agent: GrensJobs\nDisallow: /intern/\nAllow: /stellen/\n");
        Page("/intern/gehaelter");
        Page("/stellen/1");
        using var fetcher = harness.Fetcher(server.Loopback());

        var blocked = await fetcher.GetAsync(new Uri(server.Loopback() + "/intern/gehaelter"), Token);
        var allowed = await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/1"), Token);

        Assert.True(blocked.BlockedByRobots);
        Assert.False(blocked.IsSuccess);
        Assert.True(allowed.IsSuccess);
        Assert.Equal(0, server.CountRequests("/intern/gehaelter"));
        Assert.Equal(1, server.CountRequests("/stellen/1"));
        Assert.Equal(1, server.CountRequests("/robots.txt"));
        Assert.Equal(1, fetcher.PagesFetched);
    }

    [Fact]
    public async Task Fetch_RobotsAnswers503_NothingIsCrawledAndTheFetcherSaysWhy()
    {
        Robots(503, "");
        Page("/stellen/1");
        Page("/stellen/2");
        using var fetcher = harness.Fetcher(server.Loopback());

        var first = await Assert.ThrowsAsync<RobotsUnavailableException>(
            () => fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/1"), Token));
        var robots = await Assert.ThrowsAsync<RobotsUnavailableException>(
            () => fetcher.GetAsync(new Uri(server.Loopback() + "/robots.txt"), Token));
        await Assert.ThrowsAsync<RobotsUnavailableException>(() => fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/2"), Token));

        Assert.Equal($"{server.Loopback()}/robots.txt answered HTTP 503", first.Reason);
        Assert.Equal(first.Reason, robots.Reason);
        Assert.Equal(0, server.CountRequests("/stellen/1") + server.CountRequests("/stellen/2"));
        Assert.Equal(1, server.CountRequests("/robots.txt"));
        Assert.Equal(0, fetcher.PagesFetched);
    }

    [Fact]
    public async Task Fetch_RobotsAnswers404_EverythingIsAllowed()
    {
        Robots(404, "");
        Page("/stellen/1");
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/1"), Token);

        Assert.True(page.IsSuccess);
        Assert.Equal(1, server.CountRequests("/stellen/1"));
    }

    [Fact]
    public async Task Fetch_RedirectIntoADisallowedPath_IsNotFollowed()
    {
        Robots(200, "User-agent: GrensJobs\nDisallow: /intern/\n");
        server.Given(Request.Create().WithPath("/stellen/42").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(301).WithHeader("Location", "/intern/stelle-42"));
        Page("/intern/stelle-42");
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/42"), Token);

        Assert.True(page.BlockedByRobots);
        Assert.Equal(server.Loopback() + "/intern/stelle-42", page.Url.GetLeftPart(UriPartial.Path));
        Assert.Equal(0, server.CountRequests("/intern/stelle-42"));
    }

    [Fact]
    public async Task Fetch_RedirectToAnAllowedPage_EndsThereWithItsUrl()
    {
        server.Given(Request.Create().WithPath("/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/stellen/"));
        Page("/stellen/");
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/jobs"), Token);

        Assert.True(page.IsSuccess);
        Assert.Equal(new Uri(server.Loopback() + "/stellen/"), page.Url);
        Assert.Equal(1, server.CountRequests("/jobs"));
        Assert.Equal(1, server.CountRequests("/stellen/"));
    }

    [Fact]
    public async Task Fetch_RobotsMissing_EverythingAllowedAndUserAgentIdentifiesUs()
    {
        Page("/vacatures/lasser");
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/vacatures/lasser"), Token);

        Assert.True(page.IsSuccess);
        var agents = server.LogEntries.Select(e => e.RequestMessage.Headers!["User-Agent"].ToString()).Distinct().ToArray();
        Assert.Equal(["GrensJobs/2.3 (+https://grensjobs.eu/bot)"], agents);
    }

    [Fact]
    public async Task Fetch_RobotsCrawlDelay_SlowsTheAuthorityDown()
    {
        Robots(200, "User-agent: GrensJobs\nCrawl-delay: 0.6\n");
        Page("/stellen/1");
        Page("/stellen/2");
        using var fetcher = harness.Fetcher(server.Loopback());

        await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/1"), Token);
        await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/2"), Token);

        var times = server.LogEntries.Where(e => e.RequestMessage.Path.StartsWith("/stellen/", StringComparison.Ordinal))
            .Select(e => e.RequestMessage.DateTime).Order().ToArray();
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(550), $"{(times[1] - times[0]).TotalMilliseconds} ms apart");
    }

    public void Dispose()
    {
        harness.Dispose();
        server.Stop();
        server.Dispose();
    }

    private void Robots(int status, string body) =>
        server.Given(Request.Create().WithPath("/robots.txt").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "text/plain").WithBody(body));

    private void Page(string path) =>
        server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<h1>Stelle</h1>"));
}
