using System.Diagnostics;
using System.Net;
using GrensJobs.Crawlers.Web;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class CrawlPipelineRetryTests : IDisposable
{
    private const string Vacancy = "<h1>Schweißer (m/w/d) – Aachen</h1>";
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly CrawlHttpHarness harness = new();

    [Fact]
    public async Task Fetch_TooManyRequestsWithRetryAfter_WaitsThenSucceeds()
    {
        server.Given(Request.Create().WithPath("/stellen").UsingGet()).InScenario("429").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        server.Given(Request.Create().WithPath("/stellen").UsingGet()).InScenario("429").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(Vacancy));
        using var fetcher = harness.Fetcher(server.Loopback());
        var clock = Stopwatch.StartNew();

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen"), TestContext.Current.CancellationToken);

        Assert.True(page.IsSuccess);
        Assert.Equal(Vacancy, page.Text);
        var times = server.LogEntries.Where(e => e.RequestMessage.Path == "/stellen").Select(e => e.RequestMessage.DateTime).Order().ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(950), $"retried after {(times[1] - times[0]).TotalMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Fetch_RetryAfterBeyondTheCap_ReturnsThe429WithoutRetrying()
    {
        server.Given(Request.Create().WithPath("/stellen").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120"));
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal(1, server.CountRequests("/stellen"));
    }

    [Fact]
    public async Task Fetch_BurstOf503s_RetriedThenSucceeds()
    {
        server.Given(Request.Create().WithPath("/vacatures").UsingGet()).InScenario("burst").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().WithPath("/vacatures").UsingGet()).InScenario("burst").WhenStateIs("second").WillSetStateTo("third")
            .RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().WithPath("/vacatures").UsingGet()).InScenario("burst").WhenStateIs("third")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("Lasser (m/v/x) in Venlo"));
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/vacatures"), TestContext.Current.CancellationToken);

        Assert.True(page.IsSuccess);
        Assert.Equal("Lasser (m/v/x) in Venlo", page.Text);
        Assert.Equal(3, server.CountRequests("/vacatures"));
    }

    [Fact]
    public async Task Fetch_500Forever_ReturnsThe500AfterAllAttempts()
    {
        server.Given(Request.Create().WithPath("/offres").UsingGet()).RespondWith(Response.Create().WithStatusCode(500));
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/offres"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.False(page.IsSuccess);
        Assert.Equal(3, server.CountRequests("/offres"));
        Assert.Equal(1, fetcher.PagesFetched);
    }

    [Fact]
    public async Task Fetch_ServerTooSlowForEveryAttempt_FailsWithTimeout()
    {
        server.Given(Request.Create().WithPath("/langsam").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("zu spät").WithDelay(TimeSpan.FromSeconds(3)));
        using var quick = new CrawlHttpHarness(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.TotalTimeout = TimeSpan.FromSeconds(1);
        });
        using var fetcher = quick.Fetcher(server.Loopback());
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<FetchFailedException>(
            () => fetcher.GetAsync(new Uri(server.Loopback() + "/langsam"), TestContext.Current.CancellationToken));

        Assert.Contains("timed out", failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"took {clock.Elapsed}");
    }

    public void Dispose()
    {
        harness.Dispose();
        server.Stop();
        server.Dispose();
    }
}
