using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GrensJobs.Crawlers.Web;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class CrawlPipelineNetworkTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public CrawlPipelineNetworkTests() =>
        server.Given(Request.Create().WithPath("/stellen").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<h1>Monteur (m/w/d)</h1>"));

    [Fact]
    public async Task Fetch_HostDoesNotResolve_FailsClearly()
    {
        var resolver = new FakeResolver(new Dictionary<string, IPAddress>());
        using var harness = new CrawlHttpHarness(resolver: resolver);
        using var fetcher = harness.Fetcher("https://karriere.nirgendwo.example/");
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<FetchFailedException>(
            () => fetcher.GetAsync(new Uri("https://karriere.nirgendwo.example/stellen"), Token));

        Assert.IsType<SocketException>(Innermost(failure));
        Assert.True(resolver.Calls >= 1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Fetch_ConnectionRefused_FailsClearly()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var harness = new CrawlHttpHarness();
        using var fetcher = harness.Fetcher($"http://127.0.0.1:{closedPort}/");

        var failure = await Assert.ThrowsAsync<FetchFailedException>(
            () => fetcher.GetAsync(new Uri($"http://127.0.0.1:{closedPort}/stellen"), Token));

        Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(Innermost(failure)).SocketErrorCode);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.20.30.40", "private (10.0.0.0/8)")]
    [InlineData("169.254.169.254", "cloud metadata")]
    public async Task Fetch_PublicNameResolvingToNonPublicAddress_RefusedWithoutRetry(string address, string reason)
    {
        var resolver = new FakeResolver(new Dictionary<string, IPAddress> { ["karriere.example.de"] = IPAddress.Parse(address) });
        using var harness = new CrawlHttpHarness(resolver: resolver);
        var start = $"http://karriere.example.de:{server.Port}";
        using var fetcher = harness.Fetcher(start);

        var failure = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.GetAsync(new Uri(start + "/stellen"), Token));

        Assert.Contains($"{address} is a {reason}", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, resolver.Calls);
        Assert.Empty(server.LogEntries);
    }

    [Fact]
    public async Task Fetch_PrivateLiteralLinkedFromPublicStart_Refused()
    {
        using var harness = new CrawlHttpHarness(resolver: new FakeResolver(new Dictionary<string, IPAddress>()));
        using var fetcher = harness.Fetcher("https://www.example-werkgever.nl/");

        var failure = await Assert.ThrowsAsync<FetchFailedException>(
            () => fetcher.GetAsync(new Uri($"http://127.0.0.1:{server.Port}/stellen"), Token));

        Assert.Contains("127.0.0.1 is a loopback address", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.LogEntries);
    }

    [Fact]
    public async Task Fetch_DefinitionAllowsPrivateAddresses_Connects()
    {
        var resolver = new FakeResolver(new Dictionary<string, IPAddress> { ["intranet.example.be"] = IPAddress.Loopback });
        using var harness = new CrawlHttpHarness(resolver: resolver);
        var start = $"http://intranet.example.be:{server.Port}";
        using var fetcher = harness.Fetcher(start, allowPrivate: true);

        var page = await fetcher.GetAsync(new Uri(start + "/stellen"), Token);

        Assert.True(page.IsSuccess);
        Assert.Equal("<h1>Monteur (m/w/d)</h1>", page.Text);
    }

    [Fact]
    public async Task Fetch_PublicRunAfterPrivateRunToSameHost_DoesNotReuseItsConnection()
    {
        var resolver = new FakeResolver(new Dictionary<string, IPAddress> { ["karriere.example.de"] = IPAddress.Loopback });
        using var harness = new CrawlHttpHarness(resolver: resolver);
        var start = $"http://karriere.example.de:{server.Port}";
        using var privateRun = harness.Fetcher(start, allowPrivate: true);
        using var publicRun = harness.Fetcher(start);

        var allowed = await privateRun.GetAsync(new Uri(start + "/stellen"), Token);
        var refused = await Assert.ThrowsAsync<FetchFailedException>(() => publicRun.GetAsync(new Uri(start + "/stellen"), Token));

        Assert.True(allowed.IsSuccess);
        Assert.Contains("127.0.0.1 is a loopback address", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.CountRequests("/stellen"));
    }

    public void Dispose()
    {
        server.Stop();
        server.Dispose();
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }
}
