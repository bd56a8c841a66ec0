using System.Text;
using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests.Declarative;

/// <summary>A loopback WireMock site serving HTML pages, and a run of the html adapter against it.</summary>
internal sealed class SiteServer : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();

    public Uri BaseUrl => new(server.Urls[0]);

    public Uri UrlOf(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public void Page(string path, string html, string charset = "utf-8", int status = 200, (string Name, string Value)? query = null)
    {
        var request = Request.Create().WithPath(path).UsingGet();
        if (query is { } parameter)
        {
            request = request.WithParam(parameter.Name, parameter.Value);
        }

        var encoding = Encoding.GetEncoding(charset);
        server.Given(request).RespondWith(Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", $"text/html; charset={charset}")
            .WithBody(encoding.GetBytes(html)));
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
        using var fetcher = new HttpPageFetcher(new SocketsHttpHandler(), new FetchLimits(), disposePipeline: true);
        var context = new SourceReadContext(definition, fetcher, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero)));
        var vacancies = new List<RawVacancy>();
        await foreach (var vacancy in new HtmlSiteAdapter().ReadAsync(context, TestContext.Current.CancellationToken))
        {
            vacancies.Add(vacancy);
        }

        return (vacancies, context);
    }

    public void Dispose() => server.Stop();
}
