using GrensJobs.Core.Vacancies;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using WireMock.RequestBuilders;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests.Ats;

/// <summary>A WireMock server serving the ATS fixtures, and a read context over a plain fetcher against it.</summary>
internal sealed class AtsTestServer : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    private readonly HttpPageFetcher fetcher = TestSites.Fetcher();

    public WireMockServer Server { get; } = WireMockServer.Start();

    public Uri Url => Server.BaseUrl();

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ats", name));

    public void Serve(IRequestBuilder request, string fixture, string contentType = "application/json; charset=utf-8") =>
        Server.Serve(request, 200, contentType, Fixture(fixture));

    public void ServeBody(IRequestBuilder request, string body, int status = 200) =>
        Server.Serve(request, status, "application/json", body);

    public static IRequestBuilder Get(string path) => TestSites.Get(path);

    public SourceReadContext Context(string kind, params (string Key, string Value)[] settings) =>
        TestSites.Context(Definition(kind, settings), fetcher, new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));

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

    public static Task<List<RawVacancy>> ReadAllAsync(ISourceAdapter adapter, SourceReadContext context) =>
        TestSites.ReadAllAsync(adapter, context);

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        fetcher.Dispose();
    }
}
