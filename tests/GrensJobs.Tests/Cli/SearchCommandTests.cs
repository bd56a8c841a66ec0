using System.Diagnostics;
using System.Text.Json;
using GrensJobs.Cli;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Cli;

/// <summary>The <c>search</c> and <c>reindex</c> verbs on a data dir filled by <c>import</c>.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private static readonly string[] Vacancies =
    [
        """{"id": "nl-1", "source": "uwv-demo", "url": "https://www.werk.nl/vacature/8812", "title": "Lasser (m/v/x) MIG/MAG", "employer": "Metaalbouw Venlo B.V.", "description": "Wij zoeken een ervaren lasser. Goede beheersing van het Duits is een pré.", "location": {"text": "5911 Venlo", "postalCode": "5911", "place": "Venlo", "country": "NL"}, "posted": "2026-11-02", "language": "nl", "employmentType": "FULL_TIME"}""",
        """{"id": "de-7", "source": "mueller-gmbh", "url": "https://karriere.example.de/jobs/7", "title": "Schweißer (m/w/d) WIG", "employer": "Müller Stahlbau GmbH", "description": "Sie schweißen Bauteile aus Edelstahl. Gute Deutschkenntnisse (B2) erforderlich.", "location": {"text": "47623 Kevelaer", "postalCode": "47623", "place": "Kevelaer", "country": "DE"}, "posted": "2026-11-05", "language": "de"}""",
        """{"id": "be-3", "source": "forem-demo", "url": "https://www.leforem.be/offres/3", "title": "Soudeur (h/f/x) TIG", "employer": "Ateliers Mosans SA", "description": "Nous recherchons un soudeur pour notre atelier.", "location": {"text": "4000 Liège", "postalCode": "4000", "place": "Liège", "country": "BE"}, "posted": "2026-11-03", "language": "fr"}""",
        """{"id": "de-9", "source": "mueller-gmbh", "url": "https://karriere.example.de/jobs/9", "title": "Elektriker (m/w/d) Gebäudetechnik", "employer": "Elektro Schäfer GmbH", "description": "Sie installieren elektrische Anlagen.", "location": {"text": "52062 Aachen", "postalCode": "52062", "place": "Aachen", "country": "DE"}, "posted": "2026-11-04", "language": "de"}""",
    ];

    private static readonly string[] FacetKeys = ["contract", "country", "euregio", "hours", "isco1", "isco2", "language"];

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("grensjobs-search-cli-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string IndexDirectory => Path.Combine(_dataDirectory, "index", "vacancies");

    [Fact]
    public async Task Run_NearVenloWithRadius_FindsTheWeldersAcrossTheBorderWithDistances()
    {
        await ImportAsync();

        var (exitCode, json, report) = await SearchAsync(new SearchParameters { Query = "lasser", Near = "Venlo", Radius = "40" });

        Assert.Equal(ExitCodes.Success, exitCode);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt64());
        Assert.Equal(["de-7", "nl-1"], root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var kevelaer = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "de-7");
        Assert.InRange(kevelaer.GetProperty("distanceKm").GetDouble(), 22, 26);
        Assert.Contains("Venlo", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Json_HasTheShapeOfTheContract()
    {
        await ImportAsync();

        var (_, json, _) = await SearchAsync(new SearchParameters { Query = "lasser", Near = "Venlo", Radius = "40" });

        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Number, root.GetProperty("total").ValueKind);
        var near = root.GetProperty("query").GetProperty("near");
        Assert.Equal("Venlo", near.GetProperty("place").GetString());
        Assert.Equal("NL", near.GetProperty("country").GetString());
        Assert.InRange(near.GetProperty("lat").GetDouble(), 51.3, 51.45);
        Assert.InRange(near.GetProperty("lon").GetDouble(), 6.1, 6.25);
        var hit = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "de-7");
        Assert.Equal("mueller-gmbh", hit.GetProperty("source").GetString());
        Assert.Equal("Schweißer (m/w/d) WIG", hit.GetProperty("title").GetString());
        Assert.Equal("Müller Stahlbau GmbH", hit.GetProperty("employer").GetString());
        Assert.Equal("Kevelaer", hit.GetProperty("place").GetString());
        Assert.Equal("DE", hit.GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Number, hit.GetProperty("distanceKm").ValueKind);
        Assert.Equal("2026-11-05", hit.GetProperty("posted").GetString());
        Assert.Equal("https://karriere.example.de/jobs/7", hit.GetProperty("url").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.Equal("7212", hit.GetProperty("occupation").GetProperty("isco").GetString());
        Assert.Equal("welder", hit.GetProperty("occupation").GetProperty("label").GetString());
        var language = Assert.Single(hit.GetProperty("languages").EnumerateArray());
        Assert.Equal("de", language.GetProperty("language").GetString());
        Assert.Equal("B2", language.GetProperty("level").GetString());
        Assert.True(language.GetProperty("required").GetBoolean());
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("duplicates").ValueKind);
        Assert.Equal(FacetKeys, root.GetProperty("facets").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1, root.GetProperty("facets").GetProperty("country").GetProperty("DE").GetInt64());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestions").ValueKind);
    }

    [Theory]
    [InlineData("Aken", "DE", 50.77)]
    [InlineData("Aix-la-Chapelle", "DE", 50.77)]
    [InlineData("5911", "NL", 51.37)]
    [InlineData("47623", "DE", 51.58)]
    public async Task Run_NearByLocalNameOrPostalCode_ResolvesThePlaceAndNamesItOnStderr(string near, string country, double lat)
    {
        await ImportAsync();

        var (_, json, report) = await SearchAsync(new SearchParameters { Near = near });

        var echo = json.RootElement.GetProperty("query").GetProperty("near");
        Assert.Equal(country, echo.GetProperty("country").GetString());
        Assert.Equal(lat, echo.GetProperty("lat").GetDouble(), 0.05);
        Assert.Contains(echo.GetProperty("place").GetString()!, report, StringComparison.Ordinal);
        Assert.Equal(Vacancies.Length, json.RootElement.GetProperty("total").GetInt64());
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal(JsonValueKind.Number, r.GetProperty("distanceKm").ValueKind));
    }

    [Theory]
    [InlineData(null, "BE", 50.45)]
    [InlineData("NL", "NL", 52.67)]
    [InlineData("DE", "DE", 54.42)]
    public async Task Run_NearAnAmbiguousName_PrefersTheCountryThenTheLargerPlace(string? country, string expectedCountry, double expectedLat)
    {
        var (_, json, report) = await SearchAsync(new SearchParameters { Near = "Bergen", Country = country is null ? [] : [country] });

        var echo = json.RootElement.GetProperty("query").GetProperty("near");
        Assert.Equal(expectedCountry, echo.GetProperty("country").GetString());
        Assert.Equal(expectedLat, echo.GetProperty("lat").GetDouble(), 0.05);
        Assert.Contains(echo.GetProperty("place").GetString()!, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnAnEmptyDataDirectory_ExitsZeroWithNoResults()
    {
        Directory.Delete(_dataDirectory, recursive: true);

        var (exitCode, json, _) = await SearchAsync(new SearchParameters { Query = "lasser" });

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Run_WithoutNear_DistanceIsNull()
    {
        await ImportAsync();

        var (_, json, _) = await SearchAsync(new SearchParameters { Query = "soudeur" });

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("distanceKm").ValueKind));
    }

    [Fact]
    public async Task Run_UiLangDe_GivesGermanOccupationLabels()
    {
        await ImportAsync();

        var (_, json, _) = await SearchAsync(new SearchParameters { Query = "lasser", UiLanguage = "de" });

        var labels = json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("occupation").GetProperty("label").GetString()).Distinct().ToList();
        Assert.Equal(["Schweißer/Schweißerin"], labels);
    }

    [Fact]
    public async Task Run_NothingFound_ExitsZeroWithTotalZero()
    {
        await ImportAsync();

        var (exitCode, json, _) = await SearchAsync(new SearchParameters { Query = "lasser", Country = ["NL"], Occupation = "8332" });

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt64());
        Assert.Empty(json.RootElement.GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("--near", "Nergenshuizen", "Nergenshuizen")]
    [InlineData("--radius", "30", "--near")]
    [InlineData("--speaks", "de:B7", "--speaks")]
    [InlineData("--speaks", "duits:B1", "--speaks")]
    [InlineData("--speaks", "de", "--speaks")]
    [InlineData("--speaks", "de:3", "--speaks")]
    [InlineData("--hours", "40-32", "--hours")]
    [InlineData("--hours", "veertig", "--hours")]
    [InlineData("--euregio", "rhein-ruhr", "rhein-ruhr")]
    [InlineData("--occupation", "72a", "--occupation")]
    [InlineData("--occupation", "72121", "--occupation")]
    [InlineData("--since", "01-11-2026", "--since")]
    [InlineData("--contract", "vast", "--contract")]
    [InlineData("--remote", "thuiswerk", "--remote")]
    [InlineData("--country", "Nederland", "--country")]
    [InlineData("--sort", "nearest", "--sort")]
    [InlineData("--ui-lang", "es", "--ui-lang")]
    [InlineData("--top", "0", "--top")]
    [InlineData("--page", "0", "--page")]
    [InlineData("--country", "XX", "--country: \"XX\" is not an ISO 3166-1 country code")]
    [InlineData("--min-salary", "-1", "--min-salary: -1 is out of range; give a number from 0 to 1000000.")]
    [InlineData("--radius", "abc", "--radius: \"abc\" is not a number")]
    [InlineData("--top", "1000", "--top: 1000 is out of range; give a number from 1 to 100.")]
    public async Task Run_BadOptions_ExitTwoNamingTheProblem(string option, string value, string expected)
    {
        await ImportAsync();
        await using var services = AppServices.Build(_dataDirectory);
        using var output = new StringWriter();
        using var report = new StringWriter();
        var arguments = option switch
        {
            "--near" => new SearchParameters { Query = "lasser", Near = value },
            "--radius" => new SearchParameters { Query = "lasser", Radius = value },
            "--speaks" => new SearchParameters { Speaks = [value] },
            "--hours" => new SearchParameters { Hours = value },
            "--euregio" => new SearchParameters { Euregio = [value] },
            "--since" => new SearchParameters { Since = value },
            "--contract" => new SearchParameters { Contract = [value] },
            "--remote" => new SearchParameters { Remote = value },
            "--country" => new SearchParameters { Country = [value] },
            "--sort" => new SearchParameters { Sort = value },
            "--ui-lang" => new SearchParameters { UiLanguage = value },
            "--top" => new SearchParameters { Top = value },
            "--page" => new SearchParameters { Page = value },
            "--min-salary" => new SearchParameters { MinSalary = value },
            _ => new SearchParameters { Occupation = value },
        };

        var exitCode = await SearchCommand.RunAsync(arguments, json: true, services, output, report, Token);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(expected, report.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Run_PagePastTheLastPage_SaysSoOnStderrAndExitsZero()
    {
        await ImportAsync();

        var (exitCode, json, report) = await SearchAsync(new SearchParameters { Query = "soudeur", Top = "1", Page = "9" });

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(3, json.RootElement.GetProperty("total").GetInt64());
        Assert.Empty(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Contains("search: page 9 is past the last page, 3 (3 results, 1 a page).", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TheLastPage_SaysNothingAboutPages()
    {
        await ImportAsync();

        var (_, json, report) = await SearchAsync(new SearchParameters { Query = "soudeur", Top = "1", Page = "3" });

        Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.DoesNotContain("past the last page", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_AfterTheIndexIsDeleted_RebuildsItFromTheStore()
    {
        await ImportAsync();
        Directory.Delete(IndexDirectory, recursive: true);

        int exitCode;
        await using (var services = AppServices.Build(_dataDirectory))
        {
            using var report = new StringWriter();
            exitCode = await ReindexCommand.RunAsync(services, report, Token);
        }

        Assert.Equal(ExitCodes.Success, exitCode);
        using (var index = VacancyIndex.OpenReader(IndexDirectory))
        {
            Assert.Equal(Vacancies.Length, index.DocumentCount());
        }

        var (_, json, _) = await SearchAsync(new SearchParameters { Query = "Schweißer" });
        Assert.Equal(3, json.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Run_WhileAnotherProcessHoldsTheIndex_SearchesReadOnly()
    {
        await ImportAsync();
        await using var holder = AppServices.Build(_dataDirectory);
        using var writer = VacancyIndex.OpenWriter(IndexDirectory, holder.GetRequiredService<VacancyAnalyzers>());

        var (exitCode, json, _) = await SearchAsync(new SearchParameters { Query = "lasser", Near = "Venlo", Radius = "40" });

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Run_SearchOutOfItsTimeBudget_ExitsOneSayingWhatToChange()
    {
        await ImportAsync();
        var collection = new ServiceCollection().AddLogging();
        collection.AddProduct(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), _dataDirectory);
        collection.AddSingleton<TimeProvider>(new LeapingClock());
        await using var services = collection.BuildServiceProvider();
        using var output = new StringWriter();
        using var report = new StringWriter();

        var exitCode = await SearchCommand.RunAsync(new SearchParameters { Query = "lasser" }, json: true, services, output, report, Token);

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Contains("search: The search stopped after its time budget of 2000 ms", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("Use fewer or shorter words", report.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Import_WhileAnotherProcessHoldsTheIndex_StoresAndSaysSo()
    {
        await ImportAsync();
        await using var holder = AppServices.Build(_dataDirectory);
        using var writer = VacancyIndex.OpenWriter(IndexDirectory, holder.GetRequiredService<VacancyAnalyzers>(), holder: "serve");
        var file = Path.Combine(_dataDirectory, "more.jsonl");
        await File.WriteAllLinesAsync(file, ["""{"id": "nl-2", "source": "uwv-demo", "title": "Heftruckchauffeur (m/v/x)", "location": {"text": "5928 Venlo"}}"""], Token);

        var (exitCode, report) = await ImportAsync(file);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"index: serve (process {Environment.ProcessId}, since", report, StringComparison.Ordinal);
        Assert.Contains("holds the search index; it applies these changes itself", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_SearchJson_PrintsOnlyJsonOnStdoutAndThePlaceOnStderr()
    {
        await ImportAsync();

        var (exitCode, stdout, stderr) = await RunProcessAsync(["search", "lasser", "--near", "Venlo", "--radius", "40", "--json", "--data", _dataDirectory]);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(FacetKeys, json.RootElement.GetProperty("facets").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("Venlo", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_DataOptionBeforeTheVerb_SearchesThatDirectory()
    {
        await ImportAsync();

        var (exitCode, stdout, _) = await RunProcessAsync(["--data", _dataDirectory, "search", "soudeur", "--country", "BE", "--json"]);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("be-3", Assert.Single(json.RootElement.GetProperty("results").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--radius", "ver")]
    public async Task Process_SearchWithBadUsage_ExitsTwo(params string[] options)
    {
        var (exitCode, stdout, stderr) = await RunProcessAsync(["search", "lasser", .. options, "--json", "--data", _dataDirectory]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.NotEqual("", stderr.Trim());
    }

    [Fact]
    public async Task Process_SearchHelp_ListsEveryOptionOfTheContract()
    {
        var (exitCode, stdout, _) = await RunProcessAsync(["search", "--help"]);

        Assert.Equal(0, exitCode);
        string[] options = ["--near", "--radius", "--country", "--euregio", "--nuts3", "--occupation", "--contract", "--hours", "--since",
            "--remote", "--min-salary", "--speaks", "--sort", "--top", "--page", "--ui-lang", "--json"];
        Assert.All(options, option => Assert.Contains(option, stdout, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task ImportAsync()
    {
        var file = Path.Combine(_dataDirectory, "vacancies.jsonl");
        await File.WriteAllLinesAsync(file, Vacancies, Token);
        var (exitCode, report) = await ImportAsync(file);
        Assert.True(exitCode == ExitCodes.Success, report);
    }

    private async Task<(int ExitCode, string Report)> ImportAsync(string file)
    {
        await using var services = AppServices.Build(_dataDirectory);
        using var report = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(new ImportOptions(file, Strict: false, Show: false), services, report, Token);
        return (exitCode, report.ToString());
    }

    private async Task<(int ExitCode, JsonDocument Json, string Report)> SearchAsync(SearchParameters arguments)
    {
        await using var services = AppServices.Build(_dataDirectory);
        using var output = new StringWriter();
        using var report = new StringWriter();
        var exitCode = await SearchCommand.RunAsync(arguments, json: true, services, output, report, Token);
        Assert.True(exitCode == ExitCodes.Success, report.ToString());
        return (exitCode, JsonDocument.Parse(output.ToString()), report.ToString());
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grensjobs.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Token);
        var stderr = process.StandardError.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
