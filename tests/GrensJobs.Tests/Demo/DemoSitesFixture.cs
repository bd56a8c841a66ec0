using GrensJobs.Crawlers;
using GrensJobs.Demo;

namespace GrensJobs.Tests.Demo;

/// <summary>
/// The bundled demo sites served once for a test class, by the product's own static file server, on their own ports
/// (5091–5096: a <c>serve --demo</c> running on the same machine must be stopped first).
/// </summary>
public sealed class DemoSitesFixture : IAsyncLifetime
{
    private DemoSiteServer? server;

    internal GrensJobs.Crawlers.Sources.SourceCatalog Catalog { get; } = DemoSources.Load(SourceAdapters.All());

    public string SourcesDirectory { get; } = Path.Combine(DemoSources.Directory, "sources");

    public async ValueTask InitializeAsync()
    {
        try
        {
            server = await DemoSiteServer.StartAsync(DemoSources.Sites(Catalog.Definitions), CancellationToken.None);
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException("The demo ports 5091–5096 are taken: is `grensjobs serve --demo` running? Stop it first (or run it with GrensJobs__Demo__BasePort=6091).", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
