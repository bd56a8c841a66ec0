using GrensJobs.Crawlers.Ats;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class WorkdayAdapterTests : IDisposable
{
    private const string Root = "/wday/cxs/grenztech/Careers";
    private readonly AtsTestServer server = new();
    private readonly WorkdayAdapter adapter = new();

    public void Dispose() => server.Dispose();

    private static IRequestBuilder Page(int offset) =>
        Request.Create().WithPath(Root + "/jobs").UsingPost()
            .WithBody(new JsonPartialMatcher($$"""{"appliedFacets":{},"limit":2,"offset":{{offset}},"searchText":""}"""));

    private void ServeAll()
    {
        server.Serve(Page(0), "workday-page1.json");
        server.Serve(Page(2), "workday-page2.json");
        server.Serve(AtsTestServer.Get(Root + "/job/Aachen/Elektroniker-fr-Automatisierungstechnik--m-w-d-_R-10422"), "workday-detail-1.json");
        server.ServeBody(AtsTestServer.Get(Root + "/job/Maastricht/Monteur-elektrotechniek--m-v-x-_R-10431"), "Service Unavailable", 503);
        server.Serve(AtsTestServer.Get(Root + "/job/Lige/Technicien-lectromcanicien--h-f-x-_R-10450"), "workday-detail-3.json");
    }

    private GrensJobs.Crawlers.Sources.SourceReadContext Context() =>
        server.Context("workday", ("tenant", "grenztech"), ("site", "Careers"), ("pageSize", "2"));

    [Fact]
    public async Task ReadAsync_TwoPagesWithDetails_MapsEveryField()
    {
        ServeAll();

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, Context());

        Assert.Equal(["R-10422", "R-10431", "R-10450"], vacancies.Select(vacancy => vacancy.Id));
        var first = vacancies[0];
        Assert.Null(first.Source);
        Assert.Equal("Elektroniker für Automatisierungstechnik (m/w/d)", first.Title);
        Assert.Equal("<p><b>Ihre Aufgaben:</b> Inbetriebnahme von Steuerungen in Aachen und Heerlen.</p>", first.Description);
        Assert.Equal("https://grenztech.wd3.myworkdayjobs.com/Careers/job/Aachen/Elektroniker-fr-Automatisierungstechnik--m-w-d-_R-10422", first.Url);
        Assert.Equal("Grenztech Automation GmbH", first.Employer);
        Assert.Equal(new RawLocationView("Aachen", null, null, "DE"), RawLocationView.Of(first.Location));
        Assert.Equal("Herzogenrath", Assert.Single(first.Locations).Text);
        Assert.Equal(new DateOnly(2026, 11, 17), first.Posted);
        Assert.Equal(["Vollzeit"], first.EmploymentType);
        Assert.Equal("de", first.Language);

        var third = vacancies[2];
        Assert.Equal("Liège", third.Location?.Text);
        Assert.Null(third.Posted);
        Assert.Equal(["Temps plein"], third.EmploymentType);
        Assert.Equal("Standard Arbeitgeber GmbH", third.Employer);
    }

    [Fact]
    public async Task ReadAsync_OneDetailFails_ReportsProblemAndKeepsListData()
    {
        ServeAll();
        var context = Context();

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        var kept = vacancies[1];
        Assert.Equal("Monteur elektrotechniek (m/v/x)", kept.Title);
        Assert.Equal("2 Locations", kept.Location?.Text);
        Assert.Equal(new DateOnly(2026, 11, 23), kept.Posted);
        Assert.Equal($"{server.Url.ToString().TrimEnd('/')}/Careers/job/Maastricht/Monteur-elektrotechniek--m-v-x-_R-10431", kept.Url);
        Assert.Null(kept.Description);
        Assert.Contains("R-10431", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SecondPageFails_ReportsProblemAndKeepsFirstPage()
    {
        ServeAll();
        server.ServeBody(Page(2), "Bad Gateway", 502);
        var context = Context();

        var vacancies = await AtsTestServer.ReadAllAsync(adapter, context);

        Assert.Equal(["R-10422", "R-10431"], vacancies.Select(vacancy => vacancy.Id));
        Assert.Equal(2, context.Problems.Count);
        Assert.Contains(context.Problems, problem => problem.Contains("offset 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_FirstPageFails_Throws()
    {
        server.ServeBody(Page(0), "Unprocessable", 422);

        var exception = await Assert.ThrowsAsync<AtsFeedException>(() => AtsTestServer.ReadAllAsync(adapter, Context()));

        Assert.Contains("HTTP 422", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MalformedListJson_ThrowsNamingTheUrl()
    {
        server.ServeBody(Page(0), "{\"total\": 3, \"jobPostings\": [{");

        var exception = await Assert.ThrowsAsync<AtsFeedException>(() => AtsTestServer.ReadAllAsync(adapter, Context()));

        Assert.Contains(Root + "/jobs", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoTenantNoSite_ReportsBothKeys() =>
        Assert.Equal(["settings.tenant", "settings.site"], adapter.Validate(server.Definition("workday")).Select(problem => problem.Key));

    [Theory]
    [InlineData("/job/Aachen/Elektroniker--m-w-d-_R-10422", "R-10422")]
    [InlineData("/job/Venlo/Operator_JR0042", "JR0042")]
    [InlineData("/job/Venlo/Operator", "/job/Venlo/Operator")]
    public void RequisitionId_ExternalPath_TakesTheSuffix(string path, string expected) =>
        Assert.Equal(expected, WorkdayAdapter.RequisitionId(path));
}
