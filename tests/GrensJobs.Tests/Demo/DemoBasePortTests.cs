using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using GrensJobs.Cli;
using GrensJobs.Crawlers;
using GrensJobs.Demo;

namespace GrensJobs.Tests.Demo;

/// <summary>The demo sites on another base port (<c>Demo:BasePort</c>): definitions and the URLs inside the files move along.</summary>
public sealed class DemoBasePortTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sites_OnAnotherBasePort_ServeTheirFilesWithTheSeedUrlsMovedToTheirPorts()
    {
        var basePort = TestPorts.FreeBase();
        var catalog = DemoSources.Load(SourceAdapters.All(), basePort);
        await using var server = await DemoSiteServer.StartAsync(DemoSources.Sites(catalog.Definitions, basePort), Token);
        using var http = new HttpClient();

        var liege = catalog.Find("liege-industrie")!;
        var robots = await http.GetStringAsync(new Uri(liege.Url, "/robots.txt"), Token);
        var gzip = await http.GetByteArrayAsync(new Uri(liege.Url, "/sitemap-jobs.xml.gz"), Token);
        using var reader = new StreamReader(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress));
        var sitemap = await reader.ReadToEndAsync(Token);

        Assert.Equal(new Uri($"http://127.0.0.1:{basePort}/"), catalog.Find("venlo-techniek")!.Url);
        Assert.Equal(basePort + 2, liege.Url.Port);
        Assert.Contains($"Sitemap: http://127.0.0.1:{basePort + 2}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains($"<loc>http://127.0.0.1:{basePort + 2}/offres/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:5093", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewriter_OnSeedPorts_ChangesNothing()
    {
        var sites = DemoSources.Sites(DemoSources.Load(SourceAdapters.All()).Definitions);

        Assert.False(new DemoPortRewriter(sites).IsNeeded);
        Assert.All(sites, site => Assert.Equal(site.SeedPort, site.Port));
    }

    [Fact]
    public void PortsInUse_APortAListenerHolds_IsNamedFirst()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var taken = ((IPEndPoint)holder.LocalEndpoint).Port;

        Assert.Equal(taken, PortsInUse.FirstTaken([TestPorts.Free(), taken]));
        Assert.Null(PortsInUse.FirstTaken([TestPorts.Free()]));
        Assert.Equal([5080, 5081], PortsInUse.PortsOf("http://127.0.0.1:5080; http://*:5081"));
    }
}
