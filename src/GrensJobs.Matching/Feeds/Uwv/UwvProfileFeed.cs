using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>The UWV-style profile feed, read from <c>pagina=1</c> to <c>totaalPaginas</c> with the API key.</summary>
internal sealed class UwvProfileFeed(IUwvProfielenApi api, IOptions<UwvFeedOptions> options, ILogger<UwvProfileFeed> logger) : IProfileFeed
{
    public const string DisplayName = "UWV";

    private const string RefusedHint = "check ProfileFeeds:Uwv:ApiKey";

    public string Name => UwvFormat.Instance.Name;

    public static void Register(IServiceCollection services, IConfigurationSection section)
    {
        FeedHttp.AddOptions<UwvFeedOptions>(services, section);
        var client = FeedHttp.AddClient<IUwvProfielenApi, UwvFeedOptions>(services, UwvJsonContext.Default)
            .AddHttpMessageHandler(provider => new ApiKeyHandler("X-Api-Key", provider.GetRequiredService<IOptions<UwvFeedOptions>>().Value.ApiKey));
        FeedHttp.AddResilience<UwvFeedOptions>(client);
        services.AddTransient<IProfileFeed, UwvProfileFeed>();
    }

    public async IAsyncEnumerable<ProfileRecordResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var progress = new FeedProgress(DisplayName, logger);
        for (var pagina = 1; ; pagina++)
        {
            var url = FeedProgress.Url(settings.BaseUrl,
                string.Create(CultureInfo.InvariantCulture, $"werkzoekenden/v1/profielen?pagina={pagina}&aantal={settings.PageSize}"));
            var number = pagina;
            var page = await FeedResponses.SendAsync(DisplayName, url, token => api.ProfielenAsync(number, settings.PageSize, token),
                settings.MaxRetryAttempts, RefusedHint, cancellationToken).ConfigureAwait(false);
            var items = page.Profielen ?? throw FeedResponses.Shapeless(DisplayName, url, "profielen");
            foreach (var result in progress.Read(UwvFormat.Instance, items, url))
            {
                yield return result;
            }

            var last = page.Paginering?.TotaalPaginas is { } total ? pagina >= total : items.Count < settings.PageSize;
            if (items.Count == 0 || last)
            {
                break;
            }
        }

        progress.Done();
    }
}
