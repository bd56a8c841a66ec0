using System.Globalization;
using System.Runtime.CompilerServices;
using System.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>The VDAB-style profile feed, read from <c>offset=0</c> following <c>volgende</c> until it is null.</summary>
internal sealed class VdabProfileFeed(IVdabWerkzoekendenApi api, IOptions<VdabFeedOptions> options, ILogger<VdabProfileFeed> logger) : IProfileFeed
{
    public const string DisplayName = "VDAB";

    private const string RefusedHint = "check ProfileFeeds:Vdab:ClientId";

    public string Name => VdabFormat.Instance.Name;

    public static void Register(IServiceCollection services, IConfigurationSection section)
    {
        FeedHttp.AddOptions<VdabFeedOptions>(services, section);
        var client = FeedHttp.AddClient<IVdabWerkzoekendenApi, VdabFeedOptions>(services, VdabJsonContext.Default)
            .AddHttpMessageHandler(provider => new ApiKeyHandler("X-IBM-Client-Id", provider.GetRequiredService<IOptions<VdabFeedOptions>>().Value.ClientId));
        FeedHttp.AddResilience<VdabFeedOptions>(client);
        services.AddTransient<IProfileFeed, VdabProfileFeed>();
    }

    public async IAsyncEnumerable<ProfileRecordResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var progress = new FeedProgress(DisplayName, logger);
        var (offset, limit) = (0, settings.PageSize);
        while (true)
        {
            var url = FeedProgress.Url(settings.BaseUrl,
                string.Create(CultureInfo.InvariantCulture, $"vdab/cv/v2/werkzoekenden?offset={offset}&limit={limit}"));
            var (from, size) = (offset, limit);
            var page = await FeedResponses.SendAsync(DisplayName, url, token => api.WerkzoekendenAsync(from, size, token),
                settings.MaxRetryAttempts, RefusedHint, cancellationToken).ConfigureAwait(false);
            var items = page.Items ?? throw FeedResponses.Shapeless(DisplayName, url, "items");
            foreach (var result in progress.Read(VdabFormat.Instance, items, url))
            {
                yield return result;
            }

            if (string.IsNullOrWhiteSpace(page.Volgende) || items.Count == 0)
            {
                break;
            }

            (offset, limit) = Next(page.Volgende, offset, limit, url);
        }

        progress.Done();
    }

    /// <summary>The offset and limit of the next-page link, which must move forward.</summary>
    private static (int Offset, int Limit) Next(string link, int offset, int limit, Uri url)
    {
        var query = link.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? link[(at + 1)..] : "";
        var parameters = HttpUtility.ParseQueryString(query);
        var nextOffset = int.TryParse(parameters["offset"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : -1;
        var nextLimit = int.TryParse(parameters["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l is > 0 and <= 1_000 ? l : limit;
        return nextOffset > offset
            ? (nextOffset, nextLimit)
            : throw new ProfileFeedException(DisplayName, url,
                $"the next-page link \"{(link.Length <= 200 ? link : link[..200] + "…")}\" does not lead past offset {offset.ToString(CultureInfo.InvariantCulture)}");
    }
}
