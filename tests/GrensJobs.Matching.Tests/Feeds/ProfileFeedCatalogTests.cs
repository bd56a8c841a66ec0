using GrensJobs.Matching.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class ProfileFeedCatalogTests : IDisposable
{
    private readonly FeedServer feed = new();

    [Fact]
    public void TryGet_ConfiguredFeeds_FindsEachByName()
    {
        var settings = FeedServer.Settings("Uwv", feed.Url, ("ApiKey", "k"));
        foreach (var (key, value) in FeedServer.Settings("Vdab", feed.Url, ("ClientId", "c")))
        {
            settings[key] = value;
        }

        var catalog = feed.Services(settings).GetRequiredService<ProfileFeedCatalog>();

        Assert.Equal(["uwv", "vdab"], catalog.Configured);
        Assert.True(catalog.TryGet("VDAB", out var vdab, out _));
        Assert.Equal("vdab", vdab.Name);
    }

    [Fact]
    public void TryGet_KnownFeedNotConfigured_SaysWhatToSet()
    {
        var catalog = feed.Services([]).GetRequiredService<ProfileFeedCatalog>();

        Assert.False(catalog.TryGet("ba", out _, out var problem));
        Assert.Equal(
            "the ba profile feed is not configured: set ProfileFeeds:Ba:BaseUrl, ProfileFeeds:Ba:ClientId and ProfileFeeds:Ba:ClientSecret (appsettings.json or environment variables)",
            problem);
    }

    [Fact]
    public void TryGet_UnknownFeed_ListsTheKnownOnes()
    {
        var catalog = feed.Services([]).GetRequiredService<ProfileFeedCatalog>();

        Assert.False(catalog.TryGet("forem", out _, out var problem));
        Assert.Equal("unknown profile feed \"forem\"; known feeds: uwv, ba, vdab", problem);
    }

    public void Dispose() => feed.Dispose();
}
