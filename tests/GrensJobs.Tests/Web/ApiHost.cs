using System.Text.Json;
using GrensJobs.Cli;
using GrensJobs.Search.Indexing;
using GrensJobs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Web;

/// <summary>
/// The API in process: a temporary data dir filled by <c>import</c> with real vacancies, its index, and the host
/// built by <see cref="GrensJobsWebHost"/> exactly as <c>serve</c> builds it, on a test server (or on Kestrel).
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public static readonly string[] Vacancies =
    [
        """{"id": "uwv-4411", "source": "uwv-demo", "url": "https://www.werk.nl/vacature/4411", "title": "Lasser MIG/MAG (m/v/x)", "employer": "Staalbouw Tegelen B.V.", "description": "Voor onze werkplaats zoeken wij een lasser. Kennis van het Duits is een pré.", "location": {"text": "5932 Tegelen", "postalCode": "5932", "place": "Tegelen", "country": "NL"}, "posted": "2026-11-06", "language": "nl"}""",
        """{"id": "ba-77", "source": "ba-demo", "url": "https://www.arbeitsagentur.de/jobsuche/77", "title": "Schweißer (m/w/d) im Stahlbau", "employer": "Gebr. Köhler Metallbau GmbH", "description": "Sie schweißen Stahlkonstruktionen. Gute Deutschkenntnisse erforderlich.", "location": {"text": "47608 Geldern", "postalCode": "47608", "place": "Geldern", "country": "DE"}, "posted": "2026-11-04", "language": "de"}""",
        """{"id": "forem-12", "source": "forem-demo", "url": "https://www.leforem.be/offres/12", "title": "Soudeur semi-automatique (h/f/x)", "employer": "Chaudronnerie Liégeoise SA", "description": "Vous réalisez des soudures MIG sur acier.", "location": {"text": "4020 Liège", "postalCode": "4020", "place": "Liège", "country": "BE"}, "posted": "2026-11-02", "language": "fr"}""",
        """{"id": "vdab-5", "source": "vdab-demo", "url": "https://www.vdab.be/vacatures/5", "title": "Lasser-monteur (m/v/x)", "employer": "Metaalwerken Maaseik NV", "description": "Je last en monteert stalen constructies.", "location": {"text": "3680 Maaseik", "postalCode": "3680", "place": "Maaseik", "country": "BE"}, "posted": "2026-11-03", "language": "nl"}""",
    ];

    private readonly string _dataDirectory;
    private readonly WebApplication _app;
    private readonly VacancyIndex _index;

    private ApiHost(string dataDirectory, WebApplication app, VacancyIndex index)
    {
        _dataDirectory = dataDirectory;
        _app = app;
        _index = index;
    }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The host's services (the store, the user store…), for a test to set up data as the product would.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// A started host. <paramref name="endpoints"/> may add endpoints beside the API's; <paramref name="kestrel"/> listens on
    /// a free loopback port instead of the test server (to prove Kestrel's own limits never answer first).
    /// </summary>
    public static async Task<ApiHost> StartAsync(
        Action<WebApplication>? endpoints = null, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false,
        Action<IServiceCollection>? configureServices = null)
    {
        var token = TestContext.Current.CancellationToken;
        var dataDirectory = Directory.CreateTempSubdirectory("grensjobs-api-").FullName;
        var file = Path.Combine(dataDirectory, "vacancies.jsonl");
        await File.WriteAllLinesAsync(file, Vacancies, token);
        await using (var services = AppServices.Build(dataDirectory))
        {
            using var report = new StringWriter();
            var exitCode = await ImportCommand.RunAsync(new ImportOptions(file, Strict: false, Show: false), services, report, token);
            Assert.True(exitCode == ExitCodes.Success, report.ToString());
        }

        var builder = GrensJobsWebHost.CreateBuilder(dataDirectory);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Diagnostics"] = "None",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var index = VacancyIndex.OpenReader(Path.Combine(dataDirectory, "index", "vacancies"));
        builder.Services.AddSingleton(index);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseApi();
        endpoints?.Invoke(app);
        await app.StartAsync(token);
        var host = new ApiHost(dataDirectory, app, index);
        host.Client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.First()) } : app.GetTestClient();
        return host;
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await SendAsync(request);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response, json.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _index.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
