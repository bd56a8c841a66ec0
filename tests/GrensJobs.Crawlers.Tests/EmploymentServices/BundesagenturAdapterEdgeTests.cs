using System.Text.Json;
using GrensJobs.Crawlers.EmploymentServices.Bundesagentur;
using GrensJobs.Crawlers.Sources;
using GrensJobs.Crawlers.Web;
using WireMock.RequestBuilders;
using WireMock.Server;
using static GrensJobs.Crawlers.Tests.EmploymentServices.JobsucheStub;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

public sealed class BundesagenturAdapterEdgeTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly BundesagenturAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_RefnrWithBase64Padding_AsksTheStandardBase64Path()
    {
        const string refnr = "10000-4711-S"; // 12 bytes: no padding
        const string padded = "1000-4711-S"; // 11 bytes: one '='
        var body = JsonSerializer.Serialize(new
        {
            stellenangebote = new[]
            {
                new { refnr, titel = "Erzieher (m/w/d)" },
                new { refnr = padded, titel = "Kinderpfleger (m/w/d)" },
            },
            maxErgebnisse = 2,
        });
        server.Given(List()).RespondWith(Json(body));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(2, vacancies.Count);
        Assert.All(vacancies, v => Assert.NotNull(v.Description));
        var paths = server.LogEntries.Select(e => e.RequestMessage.Path).Where(p => p.Contains("jobdetails", StringComparison.Ordinal)).ToList();
        Assert.Contains("/pc/v4/jobdetails/MTAwMDAtNDcxMS1T", paths);
        Assert.Contains("/pc/v4/jobdetails/MTAwMC00NzExLVM=", paths);
    }

    [Fact]
    public async Task ReadAsync_MalformedDetailJson_KeepsListDataAndReportsProblem()
    {
        server.Given(List()).RespondWith(Json(FeedTestKit.Fixture("ba-v4-list.json")));
        server.Given(Request.Create().WithPath("/pc/v4/jobdetails/MTAwMDEtMTAwMjcxNjkyMi1T").UsingGet())
            .AtPriority(1).RespondWith(Json("""{"stellenangebotsBeschreibung": "Ihre Aufgaben"""));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(3, vacancies.Count);
        Assert.Null(vacancies[0].Description);
        Assert.Contains("not valid JSON", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PageCapReached_StopsWithPageLimitReached()
    {
        server.Given(List()).RespondWith(Json(FeedTestKit.Fixture("ba-v4-list.json")));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher(maxPages: 2);

        await Assert.ThrowsAsync<PageLimitReachedException>(() => FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReadAsync_LaterListPageFails_KeepsEarlierPagesAndReportsProblem()
    {
        server.Given(List().WithParam("page", "1")).RespondWith(Json(Page(150, 1, 100)));
        server.Given(List().WithParam("page", "2")).RespondWith(Json("{}", status: 400));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(100, vacancies.Count);
        Assert.Contains("list page 2", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    private SourceDefinition Definition() => FeedTestKit.Definition(SourceKinds.Bundesagentur, server.Urls[0]);
}
