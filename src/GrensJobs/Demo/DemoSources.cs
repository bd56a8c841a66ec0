using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Demo;

/// <summary>
/// The bundled demo sources: definitions under <c>seeds/demo/sources/</c>, each pointing at a loopback port where
/// <see cref="DemoSiteServer"/> serves the site folder of the same id under <c>seeds/demo/sites/</c>. The seed files
/// name ports 5091–5096 (<see cref="SeedBasePort"/>); with another base port (<see cref="DemoOptions.BasePort"/>)
/// the definitions are moved by the same offset and the server rewrites the URLs in the files it serves.
/// </summary>
internal static class DemoSources
{
    /// <summary>The first port the seed files name.</summary>
    public const int SeedBasePort = 5091;

    /// <summary>How many demo sites (and ports) there are.</summary>
    public const int SiteCount = 6;

    /// <summary><c>seeds/demo</c> in the working directory (a checkout), else the copy beside the binaries.</summary>
    public static string Directory => ShippedFiles.Folder("seeds", "demo");

    public static SourceCatalog Load(IReadOnlyCollection<ISourceAdapter> adapters, int basePort = SeedBasePort)
    {
        var catalog = SourceDefinitionLoader.LoadDirectory(Path.Combine(Directory, "sources"), adapters);
        return basePort == SeedBasePort
            ? catalog
            : catalog with { Definitions = [.. catalog.Definitions.Select(definition => AtBasePort(definition, basePort))] };
    }

    public static IReadOnlyList<DemoSite> Sites(IEnumerable<SourceDefinition> definitions, int basePort = SeedBasePort) =>
        [.. definitions.Select(definition => new DemoSite(
            definition.Id, Path.Combine(Directory, "sites", definition.Id), definition.Url.Port,
            definition.Url.Port - basePort + SeedBasePort))];

    /// <summary>A definition whose URL is on a seed port, moved to the same place from <paramref name="basePort"/>.</summary>
    private static SourceDefinition AtBasePort(SourceDefinition definition, int basePort)
    {
        var port = definition.Url.Port;
        if (!definition.Url.IsLoopback || port < SeedBasePort || port >= SeedBasePort + SiteCount)
        {
            return definition;
        }

        return definition with { Url = new UriBuilder(definition.Url) { Port = port - SeedBasePort + basePort }.Uri };
    }
}
