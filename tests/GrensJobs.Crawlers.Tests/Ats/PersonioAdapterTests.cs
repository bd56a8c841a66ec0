using GrensJobs.Crawlers.Ats;
using WireMock.RequestBuilders;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class PersonioAdapterTests : IDisposable
{
    private readonly AtsTestServer server = new();
    private readonly PersonioAdapter adapter = new();

    public void Dispose() => server.Dispose();

    private static IRequestBuilder Feed(string language) =>
        Request.Create().WithPath("/xml").WithParam("language", language).UsingGet();

    [Fact]
    public async Task ReadAsync_GermanFeed_MapsEveryField()
    {
        server.Serve(Feed("de"), "personio-de.xml", "application/xml; charset=utf-8");

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, server.Context("personio"));

        Assert.Equal(2, vacancies.Count);
        var first = vacancies[0];
        Assert.Equal("1843217", first.Id);
        Assert.Null(first.Source);
        Assert.Equal($"{server.Url.ToString().TrimEnd('/')}/job/1843217", first.Url);
        Assert.Equal("Zerspanungsmechaniker (m/w/d) für CNC-Fräsen", first.Title);
        Assert.Equal("Müller Präzisionstechnik GmbH", first.Employer);
        Assert.Equal("<h3>Ihre Aufgaben</h3><ul><li>Rüsten und Bedienen von 5-Achs-Fräsmaschinen</li><li>Qualitätsprüfung nach Zeichnung</li></ul>"
            + "<h3>Ihr Profil</h3><p>Abgeschlossene Ausbildung, gute Deutschkenntnisse; Niederländisch ist ein Plus.</p>", first.Description);
        Assert.Equal("Kleve", first.Location?.Place);
        Assert.Equal("DE", first.Location?.Country);
        Assert.Equal(["Emmerich am Rhein", "Nijmegen"], first.Locations.Select(location => location.Text));
        Assert.Equal(new DateOnly(2026, 10, 29), first.Posted);
        Assert.Equal("de", first.Language);
        Assert.Equal(["permanent", "full-time"], first.EmploymentType);
        Assert.Equal("Standard Arbeitgeber GmbH", vacancies[1].Employer);
        Assert.Equal(["permanent", "part-time"], vacancies[1].EmploymentType);
    }

    [Fact]
    public async Task ReadAsync_TwoLanguages_FirstLanguageWinsPerPosition()
    {
        server.Serve(Feed("de"), "personio-de.xml", "application/xml");
        server.Serve(Feed("nl"), "personio-nl.xml", "application/xml");

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, server.Context("personio", ("Languages", "de, nl")));

        Assert.Equal(["1843217", "1843302", "1843555"], vacancies.Select(vacancy => vacancy.Id));
        Assert.Equal("Zerspanungsmechaniker (m/w/d) für CNC-Fräsen", vacancies[0].Title);
        Assert.Equal("Logistiek medewerker (m/v/x)", vacancies[2].Title);
        Assert.Equal("nl", vacancies[2].Language);
        Assert.Equal(["intern", "full-time"], vacancies[2].EmploymentType);
    }

    [Fact]
    public async Task ReadAsync_OneLanguageFails_ReportsProblemAndKeepsOthers()
    {
        server.ServeBody(Feed("de"), "kaputt", 503);
        server.Serve(Feed("nl"), "personio-nl.xml", "application/xml");
        var context = server.Context("personio", ("languages", "de,nl"));

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        Assert.Equal(["1843217", "1843555"], vacancies.Select(vacancy => vacancy.Id));
        Assert.Contains(context.Problems, problem => problem.Contains("503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_EveryLanguageFails_Throws()
    {
        server.ServeBody(Feed("de"), "", 404);
        server.ServeBody(Feed("nl"), "", 404);

        var exception = await Assert.ThrowsAsync<AtsFeedException>(
            () => AtsTestServer.ReadAllAsync(adapter, server.Context("personio", ("languages", "de,nl"))));

        Assert.Contains("language=nl", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MalformedXml_ThrowsNamingTheUrl()
    {
        server.ServeBody(Feed("de"), "<workzag-jobs><position><id>1</id>");

        var exception = await Assert.ThrowsAsync<AtsFeedException>(() => AtsTestServer.ReadAllAsync(adapter, server.Context("personio")));

        Assert.Contains("/xml?language=de", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not valid XML", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadLanguages_ReportsTheKey()
    {
        var problems = adapter.Validate(server.Definition("personio", ("languages", "deutsch"))).ToList();

        Assert.Equal("settings.languages", Assert.Single(problems).Key);
        Assert.Empty(adapter.Validate(server.Definition("personio")));
    }
}
