using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>The UWV-style profile feed, read from <c>pagina=1</c> to <c>totaalPaginas</c> with the API key.</summary>
internal sealed class UwvProfileFeed(IUwvProfielenApi api, IOptions<UwvFeedOptions> options, ILogger<UwvProfileFeed> logger) : IProfileFeed
{
    public const string DisplayName = "UWV";

    public string Name => UwvFormat.Instance.Name;

    public static void Register(IServiceCollection services, IConfigurationSection section)
    {
        FeedHttp.AddOptions<UwvFeedOptions>(services, section);
        var client = FeedHttp.AddClient<IUwvProfielenApi, UwvFeedOptions>(services, UwvJsonContext.Default)
            .AddHttpMessageHandler(provider => new ApiKeyHandler("X-Api-Key", provider.GetRequiredService<IOptions<UwvFeedOptions>>().Value.ApiKey));
        FeedHttp.AddResilience<UwvFeedOptions>(client);
        services.AddTransient<IProfileFeed, UwvProfileFeed>();
    }

    public IAsyncEnumerable<ProfileRecordResult> ReadAsync(CancellationToken cancellationToken) =>
        new NumberedPages<UwvPage, UwvRecord>
        {
            Feed = DisplayName,
            Format = UwvFormat.Instance,
            First = 1,
            PathAndQuery = (pagina, aantal) => string.Create(CultureInfo.InvariantCulture, $"werkzoekenden/v1/profielen?pagina={pagina}&aantal={aantal}"),
            Send = api.ProfielenAsync,
            Items = page => page.Profielen,
            ItemsName = "profielen",
            PageCount = page => page.Paginering?.TotaalPaginas,
            RefusedHint = "check ProfileFeeds:Uwv:ApiKey",
        }.ReadAsync(options.Value, logger, cancellationToken);
}
