using GrensJobs.Ingestion.Crawling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary>Where the source definitions are: the configured folder, else <c>crawlers/sources</c> here, else beside the binaries.</summary>
internal static class SourceDirectory
{
    public static string Resolve(IServiceProvider services) =>
        Resolve(services.GetRequiredService<IOptions<CrawlOptions>>().Value.SourcesDirectory);

    public static string Resolve(string? configured)
    {
        return string.IsNullOrWhiteSpace(configured) ? ShippedFiles.Folder("crawlers", "sources") : Path.GetFullPath(configured);
    }
}
