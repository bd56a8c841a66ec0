using GrensJobs.Matching.Feeds;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class BaProfileFeedTests : IDisposable
{
    private const string Path = "/bewerberboerse/pc/v1/bewerber";
    private const string TokenPath = "/oauth/gettoken_cc";
    private readonly FeedServer feed = new();

    /// <summary>The feed's last page as its only one.</summary>
    private static string OnePage => FeedFixtures.Text("ba-page-2.json")
        .Replace("\"totalPages\": 3, \"number\": 2", "\"totalPages\": 1, \"number\": 0", StringComparison.Ordinal);

    [Fact]
    public async Task ReadAsync_ThreePages_FetchesOneTokenSendsItAsBearerAndReportsTheBadRecord()
    {
        GivenTokens("ba-token-1");
        for (var page = 0; page < 3; page++)
        {
            feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("page", FeedServer.Page(page)).WithParam("size", "2")
                    .WithHeader("Authorization", "Bearer ba-token-1"))
                .RespondWith(FeedServer.Json(FeedFixtures.Text($"ba-page-{page}.json")));
        }

        var results = await FeedServer.ReadAllAsync(Feed(), TestContext.Current.CancellationToken);

        Assert.Equal(5, results.Count);
        Assert.Equal([true, true, false, true, true], results.Select(r => r.IsOk));
        Assert.StartsWith("record 3 (10000-1187654323-B): \"sprachkenntnisse[0].stufe\" must be Grundkenntnisse", results[2].LocatedError, StringComparison.Ordinal);
        Assert.Equal("Berufskraftfahrer (m/w/d)", ProfileFormats.Ba.ReadRecord(FeedFixtures.Lines("ba-profiles.jsonl")[2].Replace("fließend", "B2", StringComparison.Ordinal), 3).Profile!.DesiredOccupations[0].Title);
        Assert.Equal(["0", "1", "2"], feed.Requests(Path).Select(r => FeedServer.Query(r, "page")));
        var token = Assert.Single(feed.Requests(TokenPath));
        Assert.Equal("POST", token.RequestMessage.Method);
        Assert.Contains("client_id=grensjobs-test", token.RequestMessage.Body, StringComparison.Ordinal);
        Assert.Contains("client_secret=geheim%21", token.RequestMessage.Body, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", token.RequestMessage.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_401OnTheSecondPage_FetchesANewTokenOnceAndReadsOn()
    {
        GivenTokens("ba-token-1", "ba-token-2");
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("page", "0").WithHeader("Authorization", "Bearer ba-token-1"))
            .RespondWith(FeedServer.Json(FeedFixtures.Text("ba-page-0.json")));
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithHeader("Authorization", "Bearer ba-token-1"))
            .AtPriority(10).RespondWith(Response.Create().WithStatusCode(401));
        for (var page = 1; page < 3; page++)
        {
            feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("page", FeedServer.Page(page)).WithHeader("Authorization", "Bearer ba-token-2"))
                .RespondWith(FeedServer.Json(FeedFixtures.Text($"ba-page-{page}.json")));
        }

        var results = await FeedServer.ReadAllAsync(Feed(), TestContext.Current.CancellationToken);

        Assert.Equal(5, results.Count);
        Assert.Equal(2, feed.Requests(TokenPath).Count);
        Assert.Equal(
            ["0:Bearer ba-token-1", "1:Bearer ba-token-1", "1:Bearer ba-token-2", "2:Bearer ba-token-2"],
            feed.Requests(Path).Select(r => $"{FeedServer.Query(r, "page")}:{FeedServer.Header(r, "Authorization")}"));
    }

    [Fact]
    public async Task ReadAsync_401EvenWithAFreshToken_FailsSayingTheCredentialsAreRefused()
    {
        GivenTokens("ba-token-1", "ba-token-2");
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(401));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => FeedServer.ReadAllAsync(Feed(), TestContext.Current.CancellationToken));

        Assert.Equal(
            $"Bundesagentur profile feed failed at {feed.Url}{Path}?page=0&size=2: HTTP 401 Unauthorized: the feed refused the credentials; " +
            "it refused a freshly fetched token too; check that ProfileFeeds:Ba:ClientId may read the Bewerberbörse",
            error.Message);
        Assert.Equal(2, feed.Requests(Path).Count);
        Assert.Equal(2, feed.Requests(TokenPath).Count);
    }

    [Fact]
    public async Task ReadAsync_TokenEndpointRefusesTheClient_SaysWhichSettingsToCheck()
    {
        feed.Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(401));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => FeedServer.ReadAllAsync(Feed(), TestContext.Current.CancellationToken));

        Assert.Equal(
            $"Bundesagentur profile feed failed at {feed.Url}{TokenPath}: HTTP 401 Unauthorized: the feed refused the credentials; " +
            "check ProfileFeeds:Ba:ClientId and ProfileFeeds:Ba:ClientSecret",
            error.Message);
        Assert.Empty(feed.Requests(Path));
    }

    [Fact]
    public async Task ReadAsync_TokenCloseToExpiry_IsReplacedBeforeItRunsOut()
    {
        GivenTokens(expiresIn: 600, "ba-token-1", "ba-token-2");
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(FeedServer.Json(OnePage));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        var services = feed.Services(Settings(), time);
        var cancellation = TestContext.Current.CancellationToken;

        await FeedServer.ReadAllAsync(FeedServer.Feed(services, "ba"), cancellation);
        time.Advance(TimeSpan.FromMinutes(8));
        await FeedServer.ReadAllAsync(FeedServer.Feed(services, "ba"), cancellation);
        time.Advance(TimeSpan.FromMinutes(1.5));
        await FeedServer.ReadAllAsync(FeedServer.Feed(services, "ba"), cancellation);

        Assert.Equal(2, feed.Requests(TokenPath).Count);
        Assert.Equal(
            ["Bearer ba-token-1", "Bearer ba-token-1", "Bearer ba-token-2"],
            feed.Requests(Path).Select(r => FeedServer.Header(r, "Authorization")));
    }

    [Fact]
    public async Task ReadAsync_503Once_IsRetriedByTheResilienceHandler()
    {
        GivenTokens("ba-token-1");
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("wartung").WillSetStateTo("wieder da")
            .RespondWith(Response.Create().WithStatusCode(503));
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("wartung").WhenStateIs("wieder da")
            .RespondWith(FeedServer.Json(OnePage));

        var results = await FeedServer.ReadAllAsync(Feed(), TestContext.Current.CancellationToken);

        Assert.Equal(["10000-1187654325-B"], results.Select(r => r.RecordId));
        Assert.Equal(2, feed.Requests(Path).Count);
        Assert.Single(feed.Requests(TokenPath));
    }

    [Fact]
    public async Task ReadAsync_MaintenancePageServedWith200_SaysThePageIsNotJson()
    {
        GivenTokens("ba-token-1");
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8").WithBody("<html><body>Wartungsarbeiten bis 06:00 Uhr</body></html>"));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => FeedServer.ReadAllAsync(Feed(), TestContext.Current.CancellationToken));

        Assert.StartsWith($"Bundesagentur profile feed failed at {feed.Url}{Path}?page=0&size=2: the page is not valid JSON (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("line 1, byte 0)", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => feed.Dispose();

    private Dictionary<string, string?> Settings() =>
        FeedServer.Settings("Ba", feed.Url, ("ClientId", "grensjobs-test"), ("ClientSecret", "geheim!"));

    private IProfileFeed Feed() => FeedServer.Feed(feed.Services(Settings()), "ba");

    private void GivenTokens(params string[] tokens) => GivenTokens(3600, tokens);

    /// <summary>The token endpoint hands out <paramref name="tokens"/> in turn, the last one from then on.</summary>
    private void GivenTokens(int expiresIn, params string[] tokens)
    {
        var handedOut = 0;
        feed.Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).RespondWith(Response.Create().WithCallback(_ =>
        {
            var token = tokens[Math.Min(Interlocked.Increment(ref handedOut), tokens.Length) - 1];
            return new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    BodyAsString = $$"""{"access_token": "{{token}}", "token_type": "Bearer", "expires_in": {{expiresIn}}}""",
                    DetectedBodyType = WireMock.Types.BodyType.String,
                },
            };
        }));
    }
}
