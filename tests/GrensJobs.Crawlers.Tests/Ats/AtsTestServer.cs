using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests.Ats;

/// <summary>A WireMock server serving the ATS fixtures, and a read context over a plain fetcher against it.</summary>
internal sealed class AtsTestServer : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    private readonly HttpPageFetcher fetcher = new(new SocketsHttpHandler(), new FetchLimits());

    public WireMockServer Server { get; } = WireMockServer.Start();

    public Uri Url => new(Server.Urls[0]);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ats", name));

    public void Serve(IRequestBuilder request, string fixture, string contentType = "application/json; charset=utf-8") =>
        Server.Given(request).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", contentType).WithBody(Fixture(fixture)));

    public void ServeBody(IRequestBuilder request, string body, int status = 200) =>
        Server.Given(request).RespondWith(Response.Create().WithStatusCode(status)
            .WithHeader("Content-Type", "application/json").WithBody(body));

    public static IRequestBuilder Get(string path) => Request.Create().WithPath(path).UsingGet();

    public SourceReadContext Context(string kind, params (string Key, string Value)[] settings) =>
        new(Definition(kind, settings), fetcher, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero)));

    public SourceDefinition Definition(string kind, params (string Key, string Value)[] settings) => new()
    {
        Id = "test-" + kind,
        Kind = kind,
        Url = Url,
        Country = "DE",
        Language = "de",
        Employer = "Standard Arbeitgeber GmbH",
        AllowPrivateAddresses = true,
        Settings = settings.ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.OrdinalIgnoreCase),
    };

    public static async Task<List<RawVacancy>> ReadAllAsync(ISourceAdapter adapter, SourceReadContext context)
    {
        var vacancies = new List<RawVacancy>();
        await foreach (var vacancy in adapter.ReadAsync(context, TestContext.Current.CancellationToken))
        {
            vacancies.Add(vacancy);
        }

        return vacancies;
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        fetcher.Dispose();
    }
}
