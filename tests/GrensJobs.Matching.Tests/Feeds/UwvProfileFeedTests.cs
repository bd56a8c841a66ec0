using System.Diagnostics;
using GrensJobs.Matching.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class UwvProfileFeedTests : IDisposable
{
    private const string Path = "/werkzoekenden/v1/profielen";
    private const string ApiKey = "uwv-test-sleutel-7f3a";
    private readonly FeedServer feed = new();

    [Fact]
    public async Task ReadAsync_ThreePages_ReadsToTheEndWithTheApiKeyAndReportsTheBadRecord()
    {
        for (var pagina = 1; pagina <= 3; pagina++)
        {
            feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("pagina", FeedServer.Page(pagina)).WithParam("aantal", "2").WithHeader("X-Api-Key", ApiKey))
                .RespondWith(FeedServer.Json(FeedFixtures.Text($"uwv-page-{pagina}.json")));
        }

        var results = await ReadAsync();

        Assert.Equal([1, 2, 3, 4, 5], results.Select(r => r.Position));
        Assert.Equal(["UWV-2026-004711", "UWV-2026-004712", "UWV-2026-004713", "UWV-2026-004714", "UWV-2026-004715"], results.Select(r => r.RecordId));
        Assert.Equal([true, true, false, true, true], results.Select(r => r.IsOk));
        Assert.Equal("record 3 (UWV-2026-004713): \"talen[1].mondeling\" must be a CEFR level A1–C2, got \"B3\"", results[2].LocatedError);
        Assert.Equal("Medewerker magazijn", results[0].Profile!.DesiredOccupations[0].Title);
        var requests = feed.Requests(Path);
        Assert.Equal(["1", "2", "3"], requests.Select(r => FeedServer.Query(r, "pagina")));
        Assert.All(requests, r => Assert.Equal(ApiKey, FeedServer.Header(r, "X-Api-Key")));
    }

    [Fact]
    public async Task ReadAsync_429WithRetryAfter_WaitsAsAskedAndRetries()
    {
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("druk").WillSetStateTo("rustig")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("druk").WhenStateIs("rustig")
            .RespondWith(FeedServer.Json(FeedFixtures.Text("uwv-page-3.json").Replace("\"totaalPaginas\": 3", "\"totaalPaginas\": 1", StringComparison.Ordinal)));

        var clock = Stopwatch.StartNew();
        var results = await ReadAsync();

        Assert.Equal(["UWV-2026-004715"], results.Select(r => r.RecordId));
        Assert.Equal(2, feed.Requests(Path).Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}, before the Retry-After of 1 s");
    }

    [Fact]
    public async Task ReadAsync_503Throughout_RetriesOnlyAsConfiguredAndSaysWhatFailedWhere()
    {
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(503));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => ReadAsync());

        Assert.Equal(
            $"UWV profile feed failed at {feed.Url}{Path}?pagina=1&aantal=2: HTTP 503 Service Unavailable, still after 2 retries; try again later",
            error.Message);
        Assert.Equal(3, feed.Requests(Path).Count);
    }

    [Fact]
    public async Task ReadAsync_MalformedSecondPage_FailsNamingThatPageAfterTheFirstPagesRecords()
    {
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("pagina", "1")).RespondWith(FeedServer.Json(FeedFixtures.Text("uwv-page-1.json")));
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("pagina", "2"))
            .RespondWith(FeedServer.Json(FeedFixtures.Text("uwv-page-2.json")[..180]));
        var results = new List<ProfileRecordResult>();

        var error = await Assert.ThrowsAsync<ProfileFeedException>(async () =>
        {
            await foreach (var result in Feed().ReadAsync(TestContext.Current.CancellationToken))
            {
                results.Add(result);
            }
        });

        Assert.Equal(2, results.Count);
        Assert.StartsWith($"UWV profile feed failed at {feed.Url}{Path}?pagina=2&aantal=2: the page is not valid JSON (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PageWithoutProfiles_SaysItIsNotAUwvPage()
    {
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(FeedServer.Json("""{"fouten": [{"melding": "onderhoud"}]}"""));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => ReadAsync());

        Assert.EndsWith("the page has no \"profielen\" list; it is not a UWV profile page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WrongApiKey_SaysTheFeedRefusedItAndWhatToCheck()
    {
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(401));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => ReadAsync());

        Assert.EndsWith("HTTP 401 Unauthorized: the feed refused the credentials; check ProfileFeeds:Uwv:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Single(feed.Requests(Path));
    }

    [Fact]
    public async Task ReadAsync_NothingListening_SaysTheFeedCouldNotBeReached()
    {
        feed.Server.Stop();

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => ReadAsync());

        Assert.StartsWith($"UWV profile feed failed at {feed.Url}{Path}?pagina=1&aantal=2: could not be reached (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddProfileFeeds_ApiKeyMissing_FailsTheStartValidationNamingIt()
    {
        var services = feed.Services(FeedServer.Settings("Uwv", feed.Url));

        var error = Record.Exception(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("The ApiKey field is required.", error?.Message, StringComparison.Ordinal);
    }

    public void Dispose() => feed.Dispose();

    private IProfileFeed Feed() => FeedServer.Feed(feed.Services(FeedServer.Settings("Uwv", feed.Url, ("ApiKey", ApiKey))), "uwv");

    private Task<List<ProfileRecordResult>> ReadAsync() => FeedServer.ReadAllAsync(Feed(), TestContext.Current.CancellationToken);
}
