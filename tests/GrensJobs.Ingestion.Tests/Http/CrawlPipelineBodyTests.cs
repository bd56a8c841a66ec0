using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using GrensJobs.Crawlers.Web;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class CrawlPipelineBodyTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly CrawlHttpHarness harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_BodyThatDrips_FailsAtTheTotalTimeout()
    {
        using var drip = new RawHttpServer(async (stream, token) =>
        {
            await RawHttpServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n", token);
            for (var i = 0; i < 1000; i++)
            {
                await RawHttpServer.WriteAsync(stream, "ä", token);
                await Task.Delay(200, token);
            }
        });
        using var quick = new CrawlHttpHarness(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(1);
        });
        using var fetcher = quick.Fetcher(drip.Url);
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.GetAsync(new Uri(drip.Url + "/stellen"), Token));

        Assert.Contains("did not arrive within 1 s", failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Fetch_BodyCutShort_FailsClearly()
    {
        using var cut = new RawHttpServer(async (stream, token) =>
            await RawHttpServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<h1>Elektriker (m/w/d)", token));
        using var fetcher = harness.Fetcher(cut.Url);

        var failure = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.GetAsync(new Uri(cut.Url + "/stellen/7"), Token));

        Assert.Contains("could not be read", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_FailsAfterFiveRedirects()
    {
        server.Given(Request.Create().WithPath("/a").UsingGet()).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/b"));
        server.Given(Request.Create().WithPath("/b").UsingGet()).RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/a"));
        using var fetcher = harness.Fetcher(server.Loopback());

        var failure = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.GetAsync(new Uri(server.Loopback() + "/a"), Token));

        Assert.Contains("gave up after 5 redirects", failure.Message, StringComparison.Ordinal);
        Assert.Equal(6, server.CountRequests("/a") + server.CountRequests("/b"));
    }

    [Fact]
    public async Task Fetch_50MegabyteBodyWithLength_FailsWithoutReadingIt()
    {
        var huge = new byte[50 * 1024 * 1024];
        server.Given(Request.Create().WithPath("/export.xml").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/xml").WithBody(huge));
        using var fetcher = harness.Fetcher(server.Loopback());

        var failure = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.GetAsync(new Uri(server.Loopback() + "/export.xml"), Token));

        Assert.Contains("over the limit of 1048576", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_GzipBomb_Fails()
    {
        server.Given(Request.Create().WithPath("/bombe").UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html").WithHeader("Content-Encoding", "gzip").WithBody(Gzip(new byte[64 * 1024 * 1024])));
        using var roomy = new CrawlHttpHarness(o => o.MaxBodyBytes = 512L * 1024 * 1024);
        using var fetcher = roomy.Fetcher(server.Loopback());
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.GetAsync(new Uri(server.Loopback() + "/bombe"), Token));

        Assert.Contains("decompression bomb", failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Fetch_CompressedBody_IsDecompressed(string encoding)
    {
        const string text = "<p>Altenpflegefachkraft (m/w/d) für Düren – 38,5 Stunden, Übernahme möglich</p>";
        var plain = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text, 50)));
        server.Given(Request.Create().WithPath("/stellen").UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8").WithHeader("Content-Encoding", encoding).WithBody(Compress(plain, encoding)));
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen"), Token);

        Assert.Equal(Encoding.UTF8.GetString(plain), page.Text);
    }

    [Fact]
    public async Task Fetch_Latin1BytesLabelledUtf8_UmlautsComeOutRight()
    {
        const string text = "<h1>Bäcker (m/w/d) für Köln, Größe egal, Übernahme möglich</h1>";
        server.Given(Request.Create().WithPath("/stellen/baecker").UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(Encoding.Latin1.GetBytes(text)));
        using var fetcher = harness.Fetcher(server.Loopback());

        var page = await fetcher.GetAsync(new Uri(server.Loopback() + "/stellen/baecker"), Token);

        Assert.Equal(text, page.Text);
    }

    public void Dispose()
    {
        harness.Dispose();
        server.Stop();
        server.Dispose();
    }

    private static byte[] Gzip(byte[] plain) => Compress(plain, "gzip");

    private static byte[] Compress(byte[] plain, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "br" => new BrotliStream(output, CompressionLevel.Fastest),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest),
            _ => new GZipStream(output, CompressionLevel.Fastest),
        })
        {
            compressor.Write(plain);
        }

        return output.ToArray();
    }
}
