using GrensJobs.Crawlers.EmploymentServices.Vdab;
using GrensJobs.Crawlers.Sources;
using WireMock.RequestBuilders;
using WireMock.Server;
using static GrensJobs.Crawlers.Tests.EmploymentServices.JobsucheStub;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

public sealed class VdabAdapterTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly VdabAdapter adapter = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task ReadAsync_TwoPages_YieldsOnlyOpenVacaturesWithDutchFieldsMapped()
    {
        Pages();
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        // 66123457 is INGEVULD and 66123458 ended on 2026-11-20; 66123460 ends today and is still open.
        Assert.Equal(["66123456", "66123459", "66123460"], vacancies.Select(v => v.Id));
        Assert.True(context.IsComplete);
        var hasselt = vacancies[0];
        Assert.Equal("vdab-test", hasselt.Source);
        Assert.Equal("Verpleegkundige intensieve zorg (m/v/x)", hasselt.Title);
        Assert.Equal("Jessa Ziekenhuis vzw", hasselt.Employer);
        Assert.Equal("https://www.vdab.be/vindeenjob/vacatures/66123456", hasselt.Url);
        Assert.Equal("3500 Hasselt", hasselt.Location?.Text);
        Assert.Equal("3500", hasselt.Location?.PostalCode);
        Assert.Equal("BE", hasselt.Location?.Country);
        Assert.Equal(50.9307, hasselt.Location?.Lat);
        Assert.Equal(new DateOnly(2026, 11, 12), hasselt.Posted);
        Assert.Equal(new DateOnly(2026, 12, 31), hasselt.ValidThrough);
        Assert.Equal("nl", hasselt.Language);
        Assert.Equal(["FULL_TIME", "PERMANENT"], hasselt.EmploymentType);
        Assert.Equal(3150.50m, hasselt.Salary?.Min);
        Assert.Equal(4480m, hasselt.Salary?.Max);
        Assert.Equal("EUR", hasselt.Salary?.Currency);
        Assert.Equal("month", hasselt.Salary?.Period);
        Assert.Equal("Volgens IFIC-barema, inclusief ploegenpremies", hasselt.Salary?.Text);
        Assert.StartsWith("<p>Voor onze dienst intensieve zorg", hasselt.Description, StringComparison.Ordinal);
        Assert.Contains("Profiel: Je bent bachelor in de verpleegkunde", hasselt.Description, StringComparison.Ordinal);
        Assert.Contains("Taalkennis: Nederlands (C1), Frans (B1)", hasselt.Description, StringComparison.Ordinal);
        Assert.Contains("Diploma: Bachelor in de verpleegkunde", hasselt.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SparseVacature_UsesDefaultsAndKeepsUnknownWords()
    {
        Pages();
        using var fetcher = FeedTestKit.Fetcher();

        var vacancies = await FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken);

        var genk = vacancies[1];
        Assert.Equal("Genk", genk.Location?.Place);
        Assert.Equal("BE", genk.Location?.Country);
        Assert.Null(genk.Salary);
        Assert.Null(genk.ValidThrough);
        Assert.Equal(["PART_TIME", "TEMPORARY"], genk.EmploymentType);
        Assert.EndsWith("Taalkennis: Nederlands (basis), Duits", genk.Description, StringComparison.Ordinal);
        var maasmechelen = vacancies[2];
        Assert.Equal("https://www.vdab.be/vindeenjob/vacatures/66123460/boekhouder", maasmechelen.Url);
        Assert.Equal("BE", maasmechelen.Location?.Country);
    }

    [Fact]
    public async Task ReadAsync_Paging_AsksPagesFromOneWithSizeUntilTheTotal()
    {
        Pages();
        using var fetcher = FeedTestKit.Fetcher();
        var definition = Definition(new() { ["size"] = "3" });

        await FeedTestKit.ReadAllAsync(adapter, FeedTestKit.Context(definition, fetcher), TestContext.Current.CancellationToken);

        var asked = server.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.Equal(["1", "2"], asked.Select(r => r.Query?["page"].ToString()));
        Assert.All(asked, r => Assert.Equal("3", r.Query?["size"].ToString()));
        Assert.All(asked, r => Assert.Equal("/feed/vacatures", r.Path));
    }

    [Fact]
    public async Task ReadAsync_MalformedJson_FailsWithClearMessage()
    {
        server.Given(Request.Create().WithPath("/feed/vacatures").UsingGet()).RespondWith(Json("""{"vacatures": [{"vacaturenummer": }"""));
        using var fetcher = FeedTestKit.Fetcher();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FeedTestKit.ReadAllAsync(
            adapter, FeedTestKit.Context(Definition(), fetcher), TestContext.Current.CancellationToken));

        Assert.Contains("not valid VDAB JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SecondPageFails_KeepsFirstPageAndReportsProblem()
    {
        server.Given(Request.Create().WithPath("/feed/vacatures").WithParam("page", "1").UsingGet())
            .RespondWith(Json(FeedTestKit.Fixture("vdab-page-1.json")));
        server.Given(Request.Create().WithPath("/feed/vacatures").WithParam("page", "2").UsingGet())
            .RespondWith(Json("{}", status: 503));
        using var fetcher = FeedTestKit.Fetcher();
        var context = FeedTestKit.Context(Definition(), fetcher);

        var vacancies = await FeedTestKit.ReadAllAsync(adapter, context, TestContext.Current.CancellationToken);

        Assert.Equal(["66123456"], vacancies.Select(v => v.Id));
        Assert.Contains("HTTP 503", Assert.Single(context.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("honderd")]
    public void Validate_BadSize_IsAProblem(string size)
    {
        var problem = Assert.Single(adapter.Validate(Definition(new() { ["size"] = size })));

        Assert.Equal("settings.size", problem.Key);
    }

    private void Pages()
    {
        server.Given(Request.Create().WithPath("/feed/vacatures").WithParam("page", "1").UsingGet())
            .RespondWith(Json(FeedTestKit.Fixture("vdab-page-1.json")));
        server.Given(Request.Create().WithPath("/feed/vacatures").WithParam("page", "2").UsingGet())
            .RespondWith(Json(FeedTestKit.Fixture("vdab-page-2.json")));
    }

    private SourceDefinition Definition(Dictionary<string, string>? settings = null) =>
        FeedTestKit.Definition(SourceKinds.Vdab, server.Urls[0] + "/feed/", settings);
}
