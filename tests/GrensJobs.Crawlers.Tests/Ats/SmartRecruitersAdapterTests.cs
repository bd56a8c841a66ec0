using GrensJobs.Crawlers.Ats;
using WireMock.RequestBuilders;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class SmartRecruitersAdapterTests : IDisposable
{
    private const string Root = "/v1/companies/UniklinikGrenzland/postings";
    private readonly AtsTestServer server = new();
    private readonly SmartRecruitersAdapter adapter = new();

    public void Dispose() => server.Dispose();

    private static IRequestBuilder Page(string offset) =>
        Request.Create().WithPath(Root).WithParam("offset", offset).WithParam("limit", "2").UsingGet();

    private void ServeAll()
    {
        server.Serve(Page("0"), "smartrecruiters-page1.json");
        server.Serve(Page("2"), "smartrecruiters-page2.json");
        server.Serve(AtsTestServer.Get(Root + "/744000091234567"), "smartrecruiters-detail-1.json");
        server.ServeBody(AtsTestServer.Get(Root + "/744000091234568"), "{\"message\":\"Internal error\"}", 500);
        server.Serve(AtsTestServer.Get(Root + "/744000091234569"), "smartrecruiters-detail-3.json");
    }

    [Fact]
    public async Task ReadAsync_TwoPagesWithDetails_MapsEveryField()
    {
        ServeAll();
        var context = server.Context("smartrecruiters", ("company", "UniklinikGrenzland"), ("pageSize", "2"));

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        Assert.Equal(["744000091234567", "744000091234568", "744000091234569"], vacancies.Select(vacancy => vacancy.Id));
        var first = vacancies[0];
        Assert.Null(first.Source);
        Assert.Equal("Pflegefachkraft (m/w/d) Intensivstation", first.Title);
        Assert.Equal("https://jobs.smartrecruiters.com/UniklinikGrenzland/744000091234567-pflegefachkraft-m-w-d-intensivstation", first.Url);
        Assert.Equal("<h3>Über uns</h3><p>Größtes Klinikum der Euregio Maas-Rhein.</p><h3>Ihre Aufgaben</h3><ul><li>Pflege schwerstkranker Patienten</li></ul>"
            + "<h3>Ihr Profil</h3><p>Examen als Pflegefachkraft; Niederländischkenntnisse willkommen.</p><h3>Benefits</h3><p>Tarif TV-L, 30 Tage Urlaub.</p>",
            first.Description);
        Assert.Equal("Uniklinik Grenzland", first.Employer);
        Assert.Equal(new RawLocationView("Aachen, NRW, Germany", "Aachen", "52074", "DE"), RawLocationView.Of(first.Location));
        Assert.Equal((50.7766, 6.0834), (first.Location?.Lat, first.Location?.Lon));
        Assert.Equal(new DateOnly(2026, 11, 5), first.Posted);
        Assert.Equal("de", first.Language);
        Assert.Equal(["Festanstellung"], first.EmploymentType);
        Assert.Null(first.Remote);

        var third = vacancies[2];
        Assert.Equal(GrensJobs.Core.Vacancies.RemoteMode.Hybrid, third.Remote);
        Assert.Equal("<h3>Vos missions</h3><p>Soins intensifs à Aix-la-Chapelle, logement possible à Eupen.</p>", third.Description);
        Assert.Equal("fr", third.Language);
        Assert.Equal("BE", third.Location?.Country);
    }

    [Fact]
    public async Task ReadAsync_OneDetailFails_ReportsProblemAndKeepsListData()
    {
        ServeAll();
        var context = server.Context("smartrecruiters", ("company", "UniklinikGrenzland"), ("pageSize", "2"));

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        var kept = vacancies[1];
        Assert.Equal("Verpleegkundige IC (m/v/x)", kept.Title);
        Assert.Null(kept.Description);
        Assert.Equal("https://jobs.smartrecruiters.com/UniklinikGrenzland/744000091234568", kept.Url);
        Assert.Equal(new RawLocationView("Heerlen", "Heerlen", null, "NL"), RawLocationView.Of(kept.Location));
        Assert.Equal((50.888, 5.979), (kept.Location?.Lat, kept.Location?.Lon));
        Assert.Equal("nl", kept.Language);
        Assert.Equal(["Vast"], kept.EmploymentType);
        Assert.Contains("744000091234568", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MalformedListJson_ThrowsNamingTheUrl()
    {
        server.ServeBody(Page("0"), "{\"totalFound\": 3, \"content\": [");

        var exception = await Assert.ThrowsAsync<AtsFeedException>(() => AtsTestServer.ReadAllAsync(adapter,
            server.Context("smartrecruiters", ("company", "UniklinikGrenzland"), ("pageSize", "2"))));

        Assert.Contains(Root + "?limit=2&offset=0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SecondPageFails_ReportsProblemAndKeepsFirstPage()
    {
        server.Serve(Page("0"), "smartrecruiters-page1.json");
        server.ServeBody(Page("2"), "{}", 500);
        server.Serve(AtsTestServer.Get(Root + "/744000091234567"), "smartrecruiters-detail-1.json");
        server.Serve(AtsTestServer.Get(Root + "/744000091234568"), "smartrecruiters-detail-1.json");
        var context = server.Context("smartrecruiters", ("company", "UniklinikGrenzland"), ("pageSize", "2"));

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        Assert.Equal(["744000091234567", "744000091234568"], vacancies.Select(vacancy => vacancy.Id));
        Assert.Contains("offset 2", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoCompany_ReportsSettingsCompany() =>
        Assert.Equal("settings.company", Assert.Single(adapter.Validate(server.Definition("smartrecruiters"))).Key);
}
