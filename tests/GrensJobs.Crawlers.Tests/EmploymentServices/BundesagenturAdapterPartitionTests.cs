using GrensJobs.Crawlers.EmploymentServices.Bundesagentur;
using GrensJobs.Crawlers.Sources;
using WireMock.Server;
using static GrensJobs.Crawlers.Tests.EmploymentServices.JobsucheStub;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

public sealed class BundesagenturAdapterPartitionTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly BundesagenturAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_SeveralPages_ReadsEveryPageUpToMaxErgebnisse()
    {
        server.Given(List().WithParam("page", "1")).RespondWith(Json(Page(250, 1, 100)));
        server.Given(List().WithParam("page", "2")).RespondWith(Json(Page(250, 101, 100)));
        server.Given(List().WithParam("page", "3")).RespondWith(Json(Page(250, 201, 50)));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(250, vacancies.Count);
        Assert.Equal(250, vacancies.Select(v => v.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, server.LogEntries.Count(e => e.RequestMessage.Path == "/pc/v4/jobs"));
        Assert.Equal(253, fetcher.PagesFetched);
        Assert.True(context.IsComplete);
    }

    [Fact]
    public async Task ReadAsync_MoreThanTenThousand_PartitionsByFacetsAndDeduplicatesByRefnr()
    {
        server.Given(List()).AtPriority(50).RespondWith(Json(Page(25_000, 1, 100)));
        server.Given(List().WithParam("arbeitszeit", "vz")).AtPriority(20).RespondWith(Json(Page(12_000, 1, 100)));
        // The partitions' counts add up to their parent's (a short page ends each one's paging early).
        server.Given(List().WithParam("arbeitszeit", "vz").WithParam("befristung", "1")).AtPriority(10)
            .RespondWith(Json(Page(6_000, 1, 2)));
        server.Given(List().WithParam("arbeitszeit", "vz").WithParam("befristung", "2")).AtPriority(10)
            .RespondWith(Json(Page(6_000, 3, 1)));
        server.Given(List().WithParam("arbeitszeit", "tz")).AtPriority(20).RespondWith(Json(Page(9_999, 2, 2)));
        server.Given(List().WithParam("arbeitszeit", "snw")).AtPriority(20).RespondWith(Json(Page(3_001, 1, 0)));
        foreach (var other in new[] { "ho", "mj" })
        {
            server.Given(List().WithParam("arbeitszeit", other)).AtPriority(20).RespondWith(Json(Page(0, 1, 0)));
        }

        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal([RefNr(1), RefNr(2), RefNr(3)], vacancies.Select(v => v.Id));
        Assert.True(context.IsComplete);
        var lists = server.LogEntries.Select(e => e.RequestMessage).Where(r => r.Path == "/pc/v4/jobs").ToList();
        Assert.Equal(8, lists.Count); // all, vz, vz+befristet, vz+unbefristet, tz, snw, ho, mj
        Assert.All(lists, r => Assert.Equal("1", r.Query?["page"].ToString()));
        Assert.Equal(3, server.LogEntries.Count(e => e.RequestMessage.Path.StartsWith("/pc/v4/jobdetails/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReadAsync_FacetsDoNotCoverEveryResult_ReportsTheGapSoNothingExpires()
    {
        server.Given(List()).AtPriority(50).RespondWith(Json(Page(15_000, 1, 100)));
        server.Given(List().WithParam("arbeitszeit", "vz")).AtPriority(20).RespondWith(Json(Page(5_000, 1, 2)));
        server.Given(List().WithParam("arbeitszeit", "tz")).AtPriority(20).RespondWith(Json(Page(5_000, 3, 1)));
        foreach (var other in new[] { "snw", "ho", "mj" })
        {
            server.Given(List().WithParam("arbeitszeit", other)).AtPriority(20).RespondWith(Json(Page(0, 1, 0)));
        }

        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal([RefNr(1), RefNr(2), RefNr(3)], vacancies.Select(v => v.Id));
        var problem = Assert.Single(context.Problems);
        Assert.Contains("hold 10000 of its 15000 results", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PartitionOverCapAtDeepestLevel_ReadsWhatIsAllowedAndReportsProblem()
    {
        server.Given(List()).RespondWith(Json(Page(20_000, 1, 2)));
        AnyDetail(server);
        using var fetcher = FeedTestKit.Fetcher();
        var definition = Definition(new() { ["angebotsart"] = "1", ["veroeffentlichtseit"] = "3" });
        var context = FeedTestKit.Context(definition, fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal([RefNr(1), RefNr(2)], vacancies.Select(v => v.Id));
        Assert.False(context.IsComplete);
        // arbeitszeit (5) × befristung (2) × veroeffentlichtseit window 1 (angebotsart is fixed by the definition)
        Assert.Equal(10, context.Problems.Count);
        Assert.All(context.Problems, p => Assert.Contains("exceed the cap of 10000", p, StringComparison.Ordinal));
        Assert.Contains(context.Problems, p => p.Contains("angebotsart=1 veroeffentlichtseit=1 arbeitszeit=mj befristung=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_PageBeyondCapWouldBeNeeded_NeverAsksPastPageOneHundred()
    {
        server.Given(List()).RespondWith(Json(Page(10_000, 1, 100)));
        using var fetcher = FeedTestKit.Fetcher(maxPages: 10_000);
        var context = FeedTestKit.Context(Definition(), fetcher);
        var read = 0;

        await foreach (var _ in adapter.ReadAsync(context, TestContext.Current.CancellationToken))
        {
            read++;
        }

        // Every page repeats the same 100 refnrs: de-duplicated to 100, and exactly pages 1–100 were asked.
        Assert.Equal(100, read);
        var pages = server.LogEntries.Select(e => e.RequestMessage).Where(r => r.Path == "/pc/v4/jobs")
            .Select(r => int.Parse(r.Query!["page"].ToString(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(100, pages.Count);
        Assert.Equal(100, pages.Max());
    }

    [Fact]
    public async Task ReadAsync_ManyDetails_NeverMoreThanTwoRequestsInFlight()
    {
        server.Given(List()).RespondWith(Json(Page(12, 1, 12), delay: TimeSpan.FromMilliseconds(50)));
        AnyDetail(server, delay: TimeSpan.FromMilliseconds(150));
        var counter = new InFlightCounter();
        using var fetcher = FeedTestKit.Fetcher(counter);
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(12, vacancies.Count);
        Assert.Equal(13, counter.Total);
        Assert.Equal(2, counter.Max);
    }

    private SourceDefinition Definition(Dictionary<string, string>? settings = null) =>
        FeedTestKit.Definition(SourceKinds.Bundesagentur, server.Urls[0], settings);
}
