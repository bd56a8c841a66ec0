using System.Net;
using GrensJobs.Crawlers.SchemaOrg;
using GrensJobs.Crawlers.Web;

namespace GrensJobs.Crawlers.Tests.SchemaOrg;

internal static class Fixtures
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    public static readonly JobPostingDefaults Defaults = new() { SourceId = "test-site", Today = Today };

    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "SchemaOrg", name));

    /// <summary>Decodes the fixture as the fetcher would (charset from the document when the header says none).</summary>
    public static string Html(string name) => new FetchedPage
    {
        Url = new Uri("https://example.test/"),
        Status = HttpStatusCode.OK,
        MediaType = "text/html",
        Body = Bytes(name),
    }.Text;

    public static PageExtraction Extract(string name, string url, JobPostingDefaults? defaults = null) =>
        new JobPostingExtractor().Extract(Html(name), new Uri(url), defaults ?? Defaults);
}
