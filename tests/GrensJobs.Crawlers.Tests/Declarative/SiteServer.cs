using System.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests.Declarative;

/// <summary>A loopback WireMock site serving HTML pages, and a run of the html adapter against it.</summary>
internal sealed class SiteServer : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    public Uri BaseUrl => server.BaseUrl();

    public Uri UrlOf(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public void Page(string path, string html, string charset = "utf-8", int status = 200, (string Name, string Value)? query = null)
    {
        var request = TestSites.Get(path);
        if (query is { } parameter)
        {
            request = request.WithParam(parameter.Name, parameter.Value);
        }

        var encoding = Encoding.GetEncoding(charset);
        server.Serve(request, status, $"text/html; charset={charset}", encoding.GetBytes(html));
    }

    public int RequestCount(string path) =>
        server.LogEntries.Count(entry => string.Equals(entry.RequestMessage.Path, path, StringComparison.Ordinal));

    public SourceDefinition Definition(string id, HtmlSite site, string path = "/") => new()
    {
        Id = id,
        Kind = SourceKinds.Html,
        Url = UrlOf(path),
        Html = site,
        Country = "NL",
        Language = "nl",
    };

    public static async Task<(List<RawVacancy> Vacancies, SourceReadContext Context)> ReadAsync(SourceDefinition definition)
    {
        using var fetcher = TestSites.Fetcher();
        var context = TestSites.Context(definition, fetcher, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        return (await TestSites.ReadAllAsync(new HtmlSiteAdapter(), context), context);
    }

    public void Dispose() => server.Stop();
}
