using GrensJobs.Crawlers.Web;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests.Web;

public sealed class HttpPageFetcherCreateClientTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    public HttpPageFetcherCreateClientTests() =>
        server.Given(Request.Create().WithPath("/api/jobs").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("[]"));

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task CreateClient_RequestsThroughIt_CountTowardsThePageCap()
    {
        using var fetcher = new HttpPageFetcher(new SocketsHttpHandler(), new FetchLimits { MaxPages = 2 }, disposePipeline: true);
        using var client = fetcher.CreateClient(new Uri(server.Urls[0]));
        var token = TestContext.Current.CancellationToken;

        using var first = await client.GetAsync(new Uri("/api/jobs", UriKind.Relative), token);
        await fetcher.GetAsync(new Uri(server.Urls[0] + "/api/jobs"), token);

        Assert.Equal(new Uri(server.Urls[0]), client.BaseAddress);
        Assert.Equal(2, fetcher.PagesFetched);
        await Assert.ThrowsAsync<PageLimitReachedException>(() => client.GetAsync(new Uri("/api/jobs", UriKind.Relative), token));
    }

    [Fact]
    public async Task CreateClient_Disposed_LeavesTheFetcherWorking()
    {
        using var fetcher = new HttpPageFetcher(new SocketsHttpHandler(), new FetchLimits(), disposePipeline: true);
        using (var client = fetcher.CreateClient(new Uri(server.Urls[0])))
        {
            using var response = await client.GetAsync(new Uri("/api/jobs", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode);
        }

        var page = await fetcher.GetAsync(new Uri(server.Urls[0] + "/api/jobs"), TestContext.Current.CancellationToken);

        Assert.True(page.IsSuccess);
        Assert.Equal(2, fetcher.PagesFetched);
    }
}
