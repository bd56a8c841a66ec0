using GrensJobs.Crawlers.EmploymentServices.Bundesagentur;
using GrensJobs.Crawlers.Sources;
using WireMock.RequestBuilders;
using WireMock.Server;
using static GrensJobs.Crawlers.Tests.EmploymentServices.JobsucheStub;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

public sealed class BundesagenturAdapterMappingTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly BundesagenturAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_V4ListWithDocumentedNames_MapsListAndDetailFields()
    {
        server.Given(List()).RespondWith(Json(FeedTestKit.Fixture("ba-v4-list.json")));
        server.Given(Request.Create().WithPath("/pc/v4/jobdetails/MTAwMDEtMTAwMjcxNjkyMi1T").UsingGet())
            .AtPriority(1).RespondWith(Json(FeedTestKit.Fixture("ba-detail-documented.json")));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(["10001-1002716922-S", "10000-1198765432-S", "14391-0012345678-S"], vacancies.Select(v => v.Id));
        var kleve = vacancies[0];
        Assert.Equal("bundesagentur-test", kleve.Source);
        Assert.Equal("Elektroniker für Betriebstechnik (m/w/d)", kleve.Title);
        Assert.Equal("Röhren- und Stahlbau Niederrhein GmbH", kleve.Employer);
        Assert.Equal("https://www.arbeitsagentur.de/jobsuche/jobdetail/10001-1002716922-S", kleve.Url);
        Assert.Equal(new DateOnly(2026, 11, 18), kleve.Posted);
        Assert.Equal("de", kleve.Language);
        Assert.NotNull(kleve.Location);
        Assert.Equal("47533", kleve.Location.PostalCode);
        Assert.Equal("Kleve", kleve.Location.Place);
        Assert.Equal("47533 Kleve", kleve.Location.Text);
        Assert.Equal("DE", kleve.Location.Country);
        Assert.Equal(51.7889, kleve.Location.Lat);
        Assert.Equal(6.1386, kleve.Location.Lon);
        Assert.StartsWith("Ihre Aufgaben: Wartung und Instandsetzung unserer Schweißanlagen", kleve.Description, StringComparison.Ordinal);
        Assert.Equal("3.400 € – 3.900 € brutto monatlich nach Tarifvertrag Metall NRW", kleve.Salary?.Text);
        Assert.Equal(["FULL_TIME", "PERMANENT"], kleve.EmploymentType);
        Assert.True(context.IsComplete);
    }

    [Fact]
    public async Task ReadAsync_DetailWithGeforderterBildungsabschluss_GivesTheEqfLevel()
    {
        server.Given(List()).RespondWith(Json(FeedTestKit.Fixture("ba-v4-list.json")));
        server.Given(Request.Create().WithPath("/pc/v4/jobdetails/MTAwMDEtMTAwMjcxNjkyMi1T").UsingGet())
            .AtPriority(1).RespondWith(Json(FeedTestKit.Fixture("ba-detail-education.json")));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();

        var vacancies = await FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken);

        Assert.Equal(3, vacancies[0].Education?.Eqf);
        Assert.Null(vacancies[1].Education);
    }

    [Theory]
    [InlineData("HAUPTSCHULABSCHLUSS", 2)]
    [InlineData("MITTLERE_REIFE_MITTLERER_BILDUNGSABSCHLUSS", 3)]
    [InlineData("FACHHOCHSCHULREIFE", 4)]
    [InlineData("ABITUR_HOCHSCHULREIFE", 4)]
    [InlineData("KEIN_SCHULABSCHLUSS", null)]
    [InlineData("", null)]
    public void Education_BildungsabschlussValue_GivesTheDocumentedEqf(string value, int? eqf) =>
        Assert.Equal(eqf, JobsucheEducation.Of(value)?.Eqf);

    [Fact]
    public async Task ReadAsync_V4ListItemWithoutTitle_FallsBackToBerufAndExternalUrl()
    {
        server.Given(List()).RespondWith(Json(FeedTestKit.Fixture("ba-v4-list.json")));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();

        var vacancies = await FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken);

        var emmerich = vacancies[1];
        Assert.Equal("Berufskraftfahrer/in (Güterverkehr/LKW)", emmerich.Title);
        Assert.Equal("https://karriere.huelsmann-logistik.de/jobs/berufskraftfahrer-ce?utm_source=ba", emmerich.Url);
        Assert.Equal("Emmerich am Rhein", emmerich.Location?.Place);
        Assert.Equal(new DateOnly(2026, 11, 20), emmerich.Posted);
        var eupen = vacancies[2];
        Assert.Equal("BE", eupen.Location?.Country);
        Assert.Equal("4700", eupen.Location?.PostalCode);
    }

    [Fact]
    public async Task ReadAsync_V6ListWithCurrentNames_MapsLocationsSalaryAndDates()
    {
        server.Given(List("/pc/v6/jobs")).RespondWith(Json(FeedTestKit.Fixture("ba-v6-list.json")));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var definition = Definition(new() { ["listPath"] = "/pc/v6/jobs" });

        var vacancies = await FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(definition, fetcher), TestContext.Current.CancellationToken);

        Assert.Equal(2, vacancies.Count);
        var gronau = vacancies[0];
        Assert.Equal("12265-0004455667-S", gronau.Id);
        Assert.Equal("Maschinen- und Anlagenführer (m/w/d) im 3-Schicht-System", gronau.Title);
        Assert.Equal("Textilwerke Gronau GmbH & Co. KG", gronau.Employer);
        Assert.Equal("https://jobs.textilwerke-gronau.de/stellen/anlagenfuehrer-3-schicht", gronau.Url);
        Assert.Equal(new DateOnly(2026, 11, 15), gronau.Posted);
        Assert.Equal(new DateOnly(2027, 1, 31), gronau.ValidThrough);
        Assert.Equal(["Gronau (Westf.)", "Enschede"], gronau.Locations.Select(l => l.Place));
        Assert.Equal(["DE", "NL"], gronau.Locations.Select(l => l.Country));
        Assert.Equal("7511 JJ", gronau.Locations[1].PostalCode);
        Assert.Equal(52.2125, gronau.Location?.Lat);
        Assert.Equal(7.0417, gronau.Location?.Lon);
        Assert.Equal(3100m, gronau.Salary?.Min);
        Assert.Equal(3650m, gronau.Salary?.Max);
        Assert.Equal("EUR", gronau.Salary?.Currency);
        Assert.Equal("month", gronau.Salary?.Period);
        Assert.Equal("Entgeltgruppe 6 Tarifvertrag Textil Westfalen", gronau.Salary?.Text);
        Assert.Contains("Deutsch auf Niveau B1", gronau.Description, StringComparison.Ordinal);
        Assert.Equal(["FULL_TIME", "TEMPORARY"], gronau.EmploymentType);
        var aachen = vacancies[1];
        Assert.Equal(new DateOnly(2026, 11, 19), aachen.Posted);
        Assert.Equal("https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1200111222-S", aachen.Url);
        Assert.Equal("52074 Aachen", aachen.Location?.Text);
    }

    [Fact]
    public async Task ReadAsync_Always_SendsApiKeyQuerySettingsAndBase64DetailPath()
    {
        server.Given(List()).RespondWith(Json(FeedTestKit.Fixture("ba-v4-list.json")));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var definition = Definition(new()
        {
            ["was"] = "Elektroniker", ["wo"] = "Kleve", ["umkreis"] = "50", ["angebotsart"] = "1", ["veroeffentlichtseit"] = "30",
        });

        await FeedTestKit.ReadAllAsync(adapter, FeedTestKit.Context(definition, fetcher), TestContext.Current.CancellationToken);

        var requests = server.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.All(requests, r => Assert.Equal(ApiKey, r.Headers?["X-API-Key"].ToString()));
        var list = Assert.Single(requests, r => r.Path == "/pc/v4/jobs");
        Assert.Equal("Elektroniker", list.Query?["was"].ToString());
        Assert.Equal("Kleve", list.Query?["wo"].ToString());
        Assert.Equal("50", list.Query?["umkreis"].ToString());
        Assert.Equal("1", list.Query?["angebotsart"].ToString());
        Assert.Equal("30", list.Query?["veroeffentlichtseit"].ToString());
        Assert.Equal("1", list.Query?["page"].ToString());
        Assert.Equal("100", list.Query?["size"].ToString());
        Assert.False(list.Query?.ContainsKey("arbeitszeit"));
        Assert.Contains(requests, r => r.Path == "/pc/v4/jobdetails/MTAwMDEtMTAwMjcxNjkyMi1T");
        Assert.Equal(4, requests.Count);
    }

    [Fact]
    public async Task ReadAsync_DetailFails_KeepsListDataAndReportsProblem()
    {
        server.Given(List()).RespondWith(Json(FeedTestKit.Fixture("ba-v4-list.json")));
        server.Given(Request.Create().WithPath("/pc/v4/jobdetails/MTAwMDEtMTAwMjcxNjkyMi1T").UsingGet())
            .AtPriority(1).RespondWith(Json("""{"fehler":"intern"}""", status: 500));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(3, vacancies.Count);
        Assert.Equal("Elektroniker für Betriebstechnik (m/w/d)", vacancies[0].Title);
        Assert.Equal("Kleve", vacancies[0].Location?.Place);
        Assert.Null(vacancies[0].Description);
        Assert.NotNull(vacancies[1].Description);
        Assert.False(context.IsComplete);
        var problem = Assert.Single(context.Problems);
        Assert.Contains("10001-1002716922-S", problem, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MalformedListJson_FailsWithClearMessage()
    {
        server.Given(List()).RespondWith(Json("""{"stellenangebote": [ {"refnr": "10000-1-S", """));
        using var fetcher = FeedTestKit.Fetcher();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken));

        Assert.Contains("not valid Jobsuche JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("list page 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FirstListPageRefused_Fails()
    {
        server.Given(List()).RespondWith(Json("""{"message":"Forbidden"}""", status: 403));
        using var fetcher = FeedTestKit.Fetcher();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 403", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("angebotsart", "3", "settings.angebotsart")]
    [InlineData("veroeffentlichtseit", "101", "settings.veroeffentlichtseit")]
    [InlineData("umkreis", "zehn", "settings.umkreis")]
    [InlineData("listPath", "/pc/v5/jobs", "settings.listPath")]
    public void Validate_InvalidSetting_NamesTheKey(string key, string value, string expectedKey)
    {
        var definition = Definition(new() { [key] = value, ["wo"] = "Aachen" });

        var problems = adapter.Validate(definition).ToList();

        Assert.Equal(expectedKey, Assert.Single(problems).Key);
    }

    [Fact]
    public void Validate_CompleteQuery_HasNoProblems()
    {
        var definition = Definition(new() { ["was"] = "Pflegefachkraft", ["wo"] = "Aachen", ["umkreis"] = "25", ["listPath"] = "/pc/v6/jobs" });

        Assert.Empty(adapter.Validate(definition));
        Assert.Equal(SourceKinds.Bundesagentur, adapter.Kind);
    }

    private SourceDefinition Definition(Dictionary<string, string>? settings = null) =>
        FeedTestKit.Definition(SourceKinds.Bundesagentur, server.Urls[0], settings);
}
