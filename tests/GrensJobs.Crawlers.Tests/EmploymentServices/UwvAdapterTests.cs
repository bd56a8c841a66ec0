using GrensJobs.Crawlers.EmploymentServices.Uwv;
using GrensJobs.Crawlers.Sources;
using WireMock.RequestBuilders;
using WireMock.Server;
using static GrensJobs.Crawlers.Tests.EmploymentServices.JobsucheStub;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

public sealed class UwvAdapterTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly UwvAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_TwoPages_YieldsOnlyOpenPositionOpeningsMapped()
    {
        Pages();
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        // WERK-2026-0449002 is Closed; WERK-2026-0447310 ended on 2026-11-15.
        Assert.Equal(["WERK-2026-0451187", "4711"], vacancies.Select(v => v.Id));
        Assert.True(context.IsComplete);
        var venlo = vacancies[0];
        Assert.Equal("uwv-test", venlo.Source);
        Assert.Equal("Orderpicker koel- en vriesvers (m/v)", venlo.Title);
        Assert.Equal("https://www.werk.nl/vacatures/WERK-2026-0451187", venlo.Url);
        Assert.Equal("Fresh Logistics Venlo B.V.", venlo.Employer);
        Assert.Equal("5928 RH Venlo", venlo.Location?.Text);
        Assert.Equal("NL", venlo.Location?.Country);
        Assert.Equal(51.3704, venlo.Location?.Lat);
        Assert.Equal(6.1724, venlo.Location?.Lon);
        Assert.Equal(new DateOnly(2026, 11, 10), venlo.Posted);
        Assert.Equal(new DateOnly(2026, 12, 20), venlo.ValidThrough);
        Assert.Equal("nl", venlo.Language);
        Assert.Equal(["FULL_TIME", "TEMPORARY"], venlo.EmploymentType);
        Assert.Equal(2650m, venlo.Salary?.Min);
        Assert.Equal(3150m, venlo.Salary?.Max);
        Assert.Equal("EUR", venlo.Salary?.Currency);
        Assert.Equal("month", venlo.Salary?.Period);
        Assert.Equal("€ 2.650 – € 3.150 bruto per maand plus ploegentoeslag", venlo.Salary?.Text);
        Assert.Contains("supermarkten in Duitsland", venlo.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OpenEndedPostingWithNumericId_IsOpenWithoutValidThrough()
    {
        Pages();
        using var fetcher = FeedTestKit.Fetcher();

        var vacancies = await FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken);

        var heerlen = vacancies[1];
        Assert.Equal("Verzorgende IG (m/v) – Duitse patiënten", heerlen.Title);
        Assert.Null(heerlen.ValidThrough);
        Assert.Null(heerlen.Url);
        Assert.Equal("NL", heerlen.Location?.Country);
        Assert.Equal(["PART_TIME", "PERMANENT"], heerlen.EmploymentType);
    }

    [Fact]
    public async Task ReadAsync_DefinitionLanguageGerman_PicksTheGermanProfile()
    {
        Pages();
        using var fetcher = FeedTestKit.Fetcher();
        var definition = Definition() with { Language = "de" };

        var vacancies = await FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(definition, fetcher), TestContext.Current.CancellationToken);

        var heerlen = Assert.Single(vacancies, v => v.Id == "4711");
        Assert.Equal("Pflegehelfer (m/w/d) – deutschsprachige Patienten", heerlen.Title);
        Assert.Equal("de", heerlen.Language);
    }

    [Fact]
    public async Task ReadAsync_Paging_AsksPagesFromOneUntilTotalCount()
    {
        Pages();
        using var fetcher = FeedTestKit.Fetcher();

        await FeedTestKit.ReadAllAsync(adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken);

        var asked = server.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.Equal(["1", "2"], asked.Select(r => r.Query?["page"].ToString()));
        Assert.All(asked, r => Assert.Equal("100", r.Query?["pageSize"].ToString()));
    }

    [Fact]
    public async Task ReadAsync_MalformedJson_FailsWithClearMessage()
    {
        server.Given(Request.Create().WithPath("/position-openings").UsingGet()).RespondWith(Json("<html>Onderhoud</html>"));
        using var fetcher = FeedTestKit.Fetcher();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken));

        Assert.Contains("not valid UWV JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FirstPageNotFound_Fails()
    {
        server.Given(Request.Create().WithPath("/position-openings").UsingGet()).RespondWith(Json("{}", status: 404));
        using var fetcher = FeedTestKit.Fetcher();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
    }

    private void Pages()
    {
        server.Given(Request.Create().WithPath("/position-openings").WithParam("page", "1").UsingGet())
            .RespondWith(Json(FeedTestKit.Fixture("uwv-page-1.json")));
        server.Given(Request.Create().WithPath("/position-openings").WithParam("page", "2").UsingGet())
            .RespondWith(Json(FeedTestKit.Fixture("uwv-page-2.json")));
    }

    private SourceDefinition Definition() => FeedTestKit.Definition(SourceKinds.Uwv, server.Urls[0]);
}
