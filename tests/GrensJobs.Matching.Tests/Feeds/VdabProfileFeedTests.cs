using GrensJobs.Matching.Feeds;
using WireMock.RequestBuilders;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class VdabProfileFeedTests : IDisposable
{
    private const string Path = "/vdab/cv/v2/werkzoekenden";
    private const string ClientId = "vdab-klant-0c2d";
    private readonly FeedServer feed = new();

    [Fact]
    public async Task ReadAsync_FollowsVolgendeToTheEndWithTheClientIdAndReportsTheBadRecord()
    {
        for (var page = 0; page < 3; page++)
        {
            feed.Server.Given(Request.Create().WithPath(Path).UsingGet().WithParam("offset", FeedServer.Page(page * 2)).WithParam("limit", "2")
                    .WithHeader("X-IBM-Client-Id", ClientId))
                .RespondWith(FeedServer.Json(FeedFixtures.Text($"vdab-page-{page + 1}.json")));
        }

        var results = await ReadAsync();

        Assert.Equal(["VDAB-0002417", "VDAB-0002418", "VDAB-0002419", "VDAB-0002420", "VDAB-0002421"], results.Select(r => r.RecordId));
        Assert.Equal([true, true, false, true, true], results.Select(r => r.IsOk));
        Assert.Equal(
            "record 3 (VDAB-0002419): \"talenkennis[1].niveau\" must be basis, redelijk, goed, zeer goed, moedertaal or a CEFR level A1–C2, got \"vloeiend\"",
            results[2].LocatedError);
        Assert.Equal("Opérateur de production (h/f/x)", results[0].Profile!.DesiredOccupations[1].Title);
        var requests = feed.Requests(Path);
        Assert.Equal(["0", "2", "4"], requests.Select(r => FeedServer.Query(r, "offset")));
        Assert.All(requests, r => Assert.Equal(ClientId, FeedServer.Header(r, "X-IBM-Client-Id")));
    }

    [Fact]
    public async Task ReadAsync_VolgendeThatDoesNotMoveOn_FailsInsteadOfLooping()
    {
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(FeedServer.Json(FeedFixtures.Text("vdab-page-1.json").Replace("offset=2", "offset=0", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => ReadAsync());

        Assert.Equal(
            $"VDAB profile feed failed at {feed.Url}{Path}?offset=0&limit=2: the next-page link \"/vdab/cv/v2/werkzoekenden?offset=0&limit=2\" does not lead past offset 0",
            error.Message);
        Assert.Single(feed.Requests(Path));
    }

    [Fact]
    public async Task ReadAsync_PageOfTheWrongShape_SaysWhichFieldIsWrong()
    {
        feed.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(FeedServer.Json("""{"items": {"werkzoekendeId": "VDAB-0002417"}, "volgende": null}"""));

        var error = await Assert.ThrowsAsync<ProfileFeedException>(() => ReadAsync());

        Assert.Equal($"VDAB profile feed failed at {feed.Url}{Path}?offset=0&limit=2: the page is not in the feed's format: \"items\" has the wrong type", error.Message);
    }

    public void Dispose() => feed.Dispose();

    private Task<List<ProfileRecordResult>> ReadAsync() => FeedServer.ReadAllAsync(
        FeedServer.Feed(feed.Services(FeedServer.Settings("Vdab", feed.Url, ("ClientId", ClientId))), "vdab"),
        TestContext.Current.CancellationToken);
}
