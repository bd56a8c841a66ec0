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
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var local = Path.GetFullPath(Path.Combine("crawlers", "sources"));
        return Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "crawlers", "sources");
    }
}
