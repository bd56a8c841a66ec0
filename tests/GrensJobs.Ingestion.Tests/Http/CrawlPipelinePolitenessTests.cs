using System.Net;
using GrensJobs.Crawlers.Sources;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class CrawlPipelinePolitenessTests : IDisposable
{
    private static readonly PolitenessSettings FourPerSecond = new() { RequestsPerSecond = 4 };
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly WireMockServer aachen = WireMockServer.Start();
    private readonly WireMockServer maastricht = WireMockServer.Start();
    private readonly CrawlHttpHarness harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public CrawlPipelinePolitenessTests()
    {
        foreach (var server in new[] { aachen, maastricht })
        {
            server.Given(Request.Create().WithPath("/stellen/*").UsingGet())
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<h1>Vacature</h1>"));
        }
    }

    [Fact]
    public async Task Fetch_SameAuthority_RequestsStartAtLeastTheIntervalApart()
    {
        using var fetcher = harness.Fetcher(aachen.Loopback(), FourPerSecond);

        await Task.WhenAll(Enumerable.Range(1, 4).Select(i => fetcher.GetAsync(new Uri($"{aachen.Loopback()}/stellen/{i}"), Token)));

        var times = aachen.RequestTimes();
        Assert.Equal(5, times.Length);
        Assert.All(times.Zip(times.Skip(1)), pair =>
            Assert.True(pair.Second - pair.First >= Interval * 0.9, $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task Fetch_QueuedLongerThanTheAttemptTimeout_StillSucceedsWithoutRetries()
    {
        using var impatient = new CrawlHttpHarness(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1.5);
            o.TotalTimeout = TimeSpan.FromSeconds(1.5);
        });
        using (var warmUp = harness.Fetcher(aachen.Loopback()))
        {
            Assert.True((await warmUp.GetAsync(new Uri($"{aachen.Loopback()}/stellen/0"), Token)).IsSuccess);
        }

        using var fetcher = impatient.Fetcher(aachen.Loopback(), FourPerSecond);

        var pages = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => fetcher.GetAsync(new Uri($"{aachen.Loopback()}/stellen/{i}"), Token)));

        Assert.All(pages, page => Assert.True(page.IsSuccess));
        Assert.Equal(2 + 1 + 10, aachen.LogEntries.Count);
    }

    [Fact]
    public async Task Fetch_TwoAuthorities_RunInParallel()
    {
        using var fromAachen = harness.Fetcher(aachen.Loopback(), FourPerSecond);
        using var fromMaastricht = harness.Fetcher(maastricht.Loopback(), FourPerSecond);
        await Task.WhenAll(
            Crawl(fromAachen.GetAsync, aachen.Loopback()),
            Crawl(fromMaastricht.GetAsync, maastricht.Loopback()));

        var a = aachen.RequestTimes();
        var m = maastricht.RequestTimes();
        Assert.Equal(5, a.Length);
        Assert.Equal(5, m.Length);
        Assert.True(a[0] < m[^1] && m[0] < a[^1], "the two authorities were crawled one after the other");
    }

    [Fact]
    public async Task Fetch_SecondTime_SendsIfNoneMatchAndReturnsTheCachedBodyOn304()
    {
        const string body = "<h1>Verpleegkundige (m/v/x) – Eupen</h1>";
        aachen.Given(Request.Create().WithPath("/vacatures").UsingGet().WithHeader("If-None-Match", "\"v7\"")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(304).WithHeader("ETag", "\"v7\""));
        aachen.Given(Request.Create().WithPath("/vacatures").UsingGet()).AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("ETag", "\"v7\"")
                .WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(body));
        using var fetcher = harness.Fetcher(aachen.Loopback(), CrawlHttpHarness.Quick);

        var first = await fetcher.GetAsync(new Uri(aachen.Loopback() + "/vacatures"), Token);
        var second = await fetcher.GetAsync(new Uri(aachen.Loopback() + "/vacatures"), Token);

        Assert.Equal(body, first.Text);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(body, second.Text);
        Assert.Equal("text/html", second.MediaType);
        var sent = aachen.LogEntries.Where(e => e.RequestMessage.Path == "/vacatures").OrderBy(e => e.RequestMessage.DateTime).ToArray();
        Assert.Equal([200, 304], sent.Select(e => Convert.ToInt32(e.ResponseMessage.StatusCode, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(sent[0].RequestMessage.Headers!.ContainsKey("If-None-Match"));
        Assert.Equal("\"v7\"", sent[1].RequestMessage.Headers!["If-None-Match"].ToString());
    }

    public void Dispose()
    {
        harness.Dispose();
        foreach (var server in new[] { aachen, maastricht })
        {
            server.Stop();
            server.Dispose();
        }
    }

    private static async Task Crawl(Func<Uri, CancellationToken, Task<GrensJobs.Crawlers.Web.FetchedPage>> get, string baseUrl)
    {
        for (var i = 1; i <= 4; i++)
        {
            Assert.True((await get(new Uri($"{baseUrl}/stellen/{i}"), Token)).IsSuccess);
        }
    }
}
