using System.IO.Compression;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.SchemaOrg;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests.SchemaOrg;

/// <summary>A WireMock employer site and a crawl of it through a plain handler (robots.txt refusals simulated).</summary>
internal sealed class EmployerSite : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    public string Base => server.Url!;

    public IReadOnlyList<string> RequestedPaths =>
        [.. server.LogEntries.Select(e => e.RequestMessage.Path + (e.RequestMessage.Query?.Count > 0 ? "?" + string.Join('&', e.RequestMessage.Query.Select(q => q.Key + "=" + q.Value)) : string.Empty))];

    public EmployerSite Page(string path, string html, int status = 200, string? query = null)
    {
        var request = TestSites.Get(path);
        if (query is not null)
        {
            var parts = query.Split('=', 2);
            request = request.WithParam(parts[0], parts[1]);
        }

        server.Serve(request, status, "text/html; charset=utf-8", html, priority: query is null ? 10 : 1);
        return this;
    }

    public EmployerSite File(string path, string contentType, byte[] body)
    {
        server.Serve(TestSites.Get(path), 200, contentType, body);
        return this;
    }

    public EmployerSite Text(string path, string contentType, string body) =>
        File(path, contentType, System.Text.Encoding.UTF8.GetBytes(body));

    public static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    public static string JobPage(string title, string place, string body = "", string? validThrough = null) => $$"""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{{title}}</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"{{title}}",
        "description":"<p>Ihre Aufgaben in {{place}}</p>","hiringOrganization":{"@type":"Organization","name":"Müller GmbH"},
        "datePosted":"2026-11-01"{{(validThrough is null ? "" : $",\"validThrough\":\"{validThrough}\"")}},
        "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"{{place}}","addressCountry":"DE"} } }</script>
        </head><body><h1>{{title}}</h1>{{body}}</body></html>
        """;

    public static string LinksPage(params string[] hrefs) =>
        "<html><head><title>Karriere</title></head><body>"
        + string.Concat(hrefs.Select(h => h.StartsWith('<') ? h : $"<a href=\"{h}\">{h}</a> "))
        + "</body></html>";

    public async Task<CrawlResult> CrawlAsync(string startPath = "/", int maxPages = 300, Func<string, bool>? disallowed = null)
    {
        var handler = new RobotsHandler(disallowed ?? (_ => false)) { InnerHandler = new SocketsHttpHandler() };
        using var fetcher = TestSites.Fetcher(handler, new FetchLimits { MaxPages = maxPages });
        var definition = new SourceDefinition
        {
            Id = "url",
            Kind = SourceKinds.SchemaOrg,
            Url = new Uri(Base + startPath),
            AllowPrivateAddresses = true,
        };
        var context = TestSites.Context(definition, fetcher, new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        var vacancies = await TestSites.ReadAllAsync(new SchemaOrgSiteAdapter(), context);
        return new CrawlResult(vacancies, context.Problems, fetcher.PagesFetched);
    }

    public void Dispose() => server.Dispose();

    private sealed class RobotsHandler(Func<string, bool> disallowed) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            disallowed(request.RequestUri!.AbsolutePath)
                ? Task.FromResult(RobotsRefusal.Create(request))
                : base.SendAsync(request, cancellationToken);
    }
}

internal sealed record CrawlResult(List<RawVacancy> Vacancies, IReadOnlyList<string> Problems, int PagesFetched)
{
    public IEnumerable<string> Titles => Vacancies.Select(v => v.Title).Order(StringComparer.Ordinal);
}
