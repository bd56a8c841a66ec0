using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>The Bundesagentur-style profile feed, read from <c>page=0</c> to <c>totalPages</c> with an OAuth2 bearer token.</summary>
internal sealed class BaProfileFeed(IBaBewerberApi api, IOptions<BaFeedOptions> options, ILogger<BaProfileFeed> logger) : IProfileFeed
{
    public const string DisplayName = "Bundesagentur";

    private const string RefusedHint =
        "it refused a freshly fetched token too; check that ProfileFeeds:Ba:ClientId may read the Bewerberbörse";

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

    public async IAsyncEnumerable<ProfileRecordResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var progress = new FeedProgress(DisplayName, logger);
        for (var number = 0; ; number++)
        {
            var url = FeedProgress.Url(settings.BaseUrl,
                string.Create(CultureInfo.InvariantCulture, $"bewerberboerse/pc/v1/bewerber?page={number}&size={settings.PageSize}"));
            var pageNumber = number;
            var page = await FeedResponses.SendAsync(DisplayName, url, token => api.BewerberAsync(pageNumber, settings.PageSize, token),
                settings.MaxRetryAttempts, RefusedHint, cancellationToken).ConfigureAwait(false);
            var items = page.Bewerber ?? throw FeedResponses.Shapeless(DisplayName, url, "bewerber");
            foreach (var result in progress.Read(BaFormat.Instance, items, url))
            {
                yield return result;
            }

            var last = page.Page?.TotalPages is { } total ? number + 1 >= total : items.Count < settings.PageSize;
            if (items.Count == 0 || last)
            {
                break;
            }
        }

        progress.Done();
    }
}
