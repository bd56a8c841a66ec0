using System.Text;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Ingestion.Tests.Http;

/// <summary>
/// Measures the bytes the process allocates while a fetch refuses a body, so it runs alone: the allocation counter is
/// process-wide and would count every test running beside it.
/// </summary>
[Collection(AllocationMeasurement.Name)]
public sealed class CrawlPipelineAllocationTests : IDisposable
{
    private readonly CrawlHttpHarness harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_50MegabyteChunkedBody_FailsAtTheLimitWithoutBufferingIt()
    {
        var chunk = Encoding.ASCII.GetBytes(new string('x', 65_536));
        using var endless = new RawHttpServer(async (stream, token) =>
        {
            await RawHttpServer.WriteAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n", token);
            for (var i = 0; i < 800; i++)
            {
                await RawHttpServer.WriteAsync(stream, "10000\r\n", token);
                await stream.WriteAsync(chunk, token);
                await RawHttpServer.WriteAsync(stream, "\r\n", token);
            }

            await RawHttpServer.WriteAsync(stream, "0\r\n\r\n", token);
        });
        using var fetcher = harness.Fetcher(endless.Url);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var failure = await Assert.ThrowsAsync<FetchFailedException>(() => fetcher.GetAsync(new Uri(endless.Url + "/feed.xml"), Token));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Contains("over the limit of 1048576 bytes", failure.Message, StringComparison.Ordinal);
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB while refusing a 50 MB body");
    }

    public void Dispose() => harness.Dispose();
}

/// <summary>Tests that measure process-wide figures run after all others, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurement
{
    public const string Name = "allocation measurement";
}
