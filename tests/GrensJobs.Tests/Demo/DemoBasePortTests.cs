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
        var basePort = FreeBasePort();
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

        Assert.Equal(taken, PortsInUse.FirstTaken([FreePort(), taken]));
        Assert.Null(PortsInUse.FirstTaken([FreePort()]));
        Assert.Equal([5080, 5081], PortsInUse.PortsOf("http://127.0.0.1:5080; http://*:5081"));
    }

    /// <summary>A base port with six free ports from it.</summary>
    internal static int FreeBasePort()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20_000, 60_000);
            if (PortsInUse.FirstTaken(Enumerable.Range(candidate, DemoSources.SiteCount)) is null)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No six free ports in a row between 20000 and 60000.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
