using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>The Bundesagentur-style profile feed, read from <c>page=0</c> to <c>totalPages</c> with an OAuth2 bearer token.</summary>
internal sealed class BaProfileFeed(IBaBewerberApi api, IOptions<BaFeedOptions> options, ILogger<BaProfileFeed> logger) : IProfileFeed
{
    public const string DisplayName = "Bundesagentur";

    public string Name => BaFormat.Instance.Name;

    public static void Register(IServiceCollection services, IConfigurationSection section)
    {
        FeedHttp.AddOptions<BaFeedOptions>(services, section);
        services.AddSingleton<BaTokenCache>();
        services.AddTransient<BaTokenHandler>();
        FeedHttp.AddResilience<BaFeedOptions>(FeedHttp.AddClient<IBaTokenApi, BaFeedOptions>(services, BaJsonContext.Default));
        var client = FeedHttp.AddClient<IBaBewerberApi, BaFeedOptions>(services, BaJsonContext.Default)
            .AddHttpMessageHandler<BaTokenHandler>();
        FeedHttp.AddResilience<BaFeedOptions>(client);
        services.AddTransient<IProfileFeed, BaProfileFeed>();
    }

    public IAsyncEnumerable<ProfileRecordResult> ReadAsync(CancellationToken cancellationToken) =>
        new NumberedPages<BaPage, BaRecord>
        {
            Feed = DisplayName,
            Format = BaFormat.Instance,
            First = 0,
            PathAndQuery = (page, size) => string.Create(CultureInfo.InvariantCulture, $"bewerberboerse/pc/v1/bewerber?page={page}&size={size}"),
            Send = api.BewerberAsync,
            Items = page => page.Bewerber,
            ItemsName = "bewerber",
            PageCount = page => page.Page?.TotalPages,
            RefusedHint = "it refused a freshly fetched token too; check that ProfileFeeds:Ba:ClientId may read the Bewerberbörse",
        }.ReadAsync(options.Value, logger, cancellationToken);
}
