using GrensJobs.Cli;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Tests.Cli;

/// <summary><c>profiles fetch --feed uwv</c> against a UWV-style feed stood in for by WireMock: paged to the end and stored, or said why not.</summary>
public sealed class ProfileFetchCommandTests : IDisposable
{
    private const string Path = "/werkzoekenden/v1/profielen";
    private const string ApiKey = "proef-sleutel-7f3a";

    private const string Page1 = """
        {"paginering": {"pagina": 1, "aantal": 2, "totaalPaginas": 2, "totaalAantal": 3}, "profielen": [
         {"profielId": "UWV-2026-100001", "naam": "Sanne de Groot", "email": "sanne@voorbeeld.nl", "gewensteBeroepen": [{"beroepscode": "1402", "beroepsnaam": "Medewerker magazijn", "codelijst": "BO"}],
          "talen": [{"taalcode": "nl", "mondeling": "C2", "schriftelijk": "C2"}, {"taalcode": "de", "mondeling": "B1", "schriftelijk": "A2"}],
          "woonplaats": {"postcode": "5911 AB", "plaatsnaam": "Venlo", "landcode": "NL"}, "maxReisafstandKm": 40, "opleidingsniveau": "mbo-2"},
         {"profielId": "UWV-2026-100002", "gewensteBeroepen": [{"beroepscode": "8411", "beroepsnaam": "Vrachtwagenchauffeur", "codelijst": "BO"}],
          "talen": [{"taalcode": "nl", "mondeling": "C2"}], "woonplaats": {"postcode": "6411", "plaatsnaam": "Heerlen", "landcode": "NL"}, "maxReisafstandKm": 60, "opleidingsniveau": "mbo-3"}]}
        """;

    private const string Page2 = """
        {"paginering": {"pagina": 2, "aantal": 2, "totaalPaginas": 2, "totaalAantal": 3}, "profielen": [
         {"profielId": "UWV-2026-100003", "gewensteBeroepen": [{"beroepscode": "3105", "beroepsnaam": "Verzorgende IG", "codelijst": "BO"}],
          "talen": [{"taalcode": "nl", "mondeling": "B3"}], "woonplaats": {"postcode": "6461", "plaatsnaam": "Kerkrade", "landcode": "NL"}}]}
        """;

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly string _data = Directory.CreateTempSubdirectory("grensjobs-fetch-").FullName;

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Fetch_TwoPagesWithABadRecord_StoresTheRestAndLocatesTheBadOne()
    {
        Serve("1", Page1);
        Serve("2", Page2);
        var report = new StringWriter();

        int exitCode;
        await using (var services = Services())
        {
            exitCode = await ProfileFetchCommand.RunAsync("uwv", services, report, TestContext.Current.CancellationToken);
            var store = services.GetRequiredService<IProfileStore>();
            var stored = await store.GetAsync("UWV-2026-100001", TestContext.Current.CancellationToken);
            Assert.NotNull(stored);
            Assert.Equal("5911", stored.Profile.Profile.Home!.PostalCode);
            Assert.Equal("9333", stored.Profile.Occupations[0].Isco);
            Assert.Equal(2, await store.CountAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(2, exitCode);
        Assert.Contains("(UWV-2026-100003)", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"talen[0].mondeling\" must be a CEFR level A1–C2, got \"B3\"", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("3 records read, 2 new or updated, 1 bad", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FeedFailsOnPageTwo_KeepsPageOneAndExitsOne()
    {
        Serve("1", Page1);
        _server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("pagina", "2")).RespondWith(Response.Create().WithStatusCode(503));
        var report = new StringWriter();

        int exitCode;
        await using (var services = Services())
        {
            exitCode = await ProfileFetchCommand.RunAsync("uwv", services, report, TestContext.Current.CancellationToken);
            Assert.Equal(2, await services.GetRequiredService<IProfileStore>().CountAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(1, exitCode);
        Assert.Contains("503", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("the feed stopped early", report.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FeedNotConfigured_ExitTwoNamingTheSettings()
    {
        var report = new StringWriter();
        var configuration = new ConfigurationBuilder().Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        collection.AddProduct(configuration, _data);
        await using var services = collection.BuildServiceProvider();

        var exitCode = await ProfileFetchCommand.RunAsync("ba", services, report, TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Contains("ProfileFeeds", report.ToString(), StringComparison.Ordinal);
    }

    private void Serve(string page, string body) =>
        _server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("pagina", page).WithHeader("X-Api-Key", ApiKey))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ProfileFeeds:Uwv:BaseUrl"] = _server.Url,
                ["ProfileFeeds:Uwv:ApiKey"] = ApiKey,
                ["ProfileFeeds:Uwv:PageSize"] = "2",
                ["ProfileFeeds:Uwv:MaxRetryAttempts"] = "1",
                ["ProfileFeeds:Uwv:RetryDelay"] = "00:00:00.050",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddProduct(configuration, _data);
        return services.BuildServiceProvider();
    }
}
