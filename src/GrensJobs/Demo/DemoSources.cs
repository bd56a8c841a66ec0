using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Demo;

/// <summary>
/// The bundled demo sources: definitions under <c>seeds/demo/sources/</c>, each pointing at a loopback port where
/// <see cref="DemoSiteServer"/> serves the site folder of the same id under <c>seeds/demo/sites/</c>.
/// </summary>
internal static class DemoSources
{
    /// <summary><c>seeds/demo</c> in the working directory (a checkout), else the copy beside the binaries.</summary>
    public static string Directory => ShippedFiles.Folder("seeds", "demo");

    public static SourceCatalog Load(IReadOnlyCollection<ISourceAdapter> adapters) =>
        SourceDefinitionLoader.LoadDirectory(Path.Combine(Directory, "sources"), adapters);

    public static IReadOnlyList<DemoSite> Sites(IEnumerable<SourceDefinition> definitions) =>
        [.. definitions.Select(definition => new DemoSite(definition.Id, Path.Combine(Directory, "sites", definition.Id), definition.Url.Port))];
}
