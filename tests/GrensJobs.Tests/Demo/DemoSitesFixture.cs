using System.Globalization;
using GrensJobs.Crawlers;
using GrensJobs.Demo;

namespace GrensJobs.Tests.Demo;

/// <summary>
/// The bundled demo sites served once for a test class, by the product's own static file server, on six free ports
/// (<see cref="BasePort"/>, as <c>Demo:BasePort</c> moves them), so the tests run beside a <c>serve --demo</c> on
/// 5091–5096. <see cref="SourcesDirectory"/> holds the demo definitions moved to those ports.
/// </summary>
public sealed class DemoSitesFixture : IAsyncLifetime
{
    private readonly string sourcesDirectory = Directory.CreateTempSubdirectory("grensjobs-demo-sources-").FullName;
    private DemoSiteServer? server;

    public int BasePort { get; } = TestPorts.FreeBase();

    internal GrensJobs.Crawlers.Sources.SourceCatalog Catalog => DemoSources.Load(SourceAdapters.All(), BasePort);

    /// <summary>The demo source definitions (YAML) with their URLs on <see cref="BasePort"/>.</summary>
    public string SourcesDirectory => sourcesDirectory;

    /// <summary>The URL of a seed URL's port on this fixture's ports: 5091 → <see cref="BasePort"/>.</summary>
    public string Moved(string seedUrl)
    {
        for (var i = 0; i < DemoSources.SiteCount; i++)
        {
            seedUrl = seedUrl.Replace(
                string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{DemoSources.SeedBasePort + i}"),
                string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{BasePort + i}"),
                StringComparison.Ordinal);
        }

        return seedUrl;
    }

    public async ValueTask InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(DemoSources.Directory, "sources"), "*.yaml"))
        {
            await File.WriteAllTextAsync(
                Path.Combine(sourcesDirectory, Path.GetFileName(file)), Moved(await File.ReadAllTextAsync(file)));
        }

        server = await DemoSiteServer.StartAsync(DemoSources.Sites(Catalog.Definitions, BasePort), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(sourcesDirectory, recursive: true);
    }
}
