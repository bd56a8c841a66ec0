namespace GrensJobs.Matching.Feeds;

/// <summary>
/// The profile feeds by name, for <c>profiles fetch --feed uwv|ba|vdab</c>: only the feeds whose section under
/// <c>ProfileFeeds</c> is configured are there; asking for another one says what to configure.
/// </summary>
public sealed class ProfileFeedCatalog(IEnumerable<IProfileFeed> feeds)
{
    /// <summary>Every feed the product can read, configured or not.</summary>
    public static IReadOnlyList<string> KnownNames { get; } = ["uwv", "ba", "vdab"];

    /// <summary>The feeds configured here.</summary>
    public IReadOnlyList<string> Configured { get; } = [.. feeds.Select(feed => feed.Name)];

    private readonly IReadOnlyList<IProfileFeed> all = [.. feeds];

    /// <summary>The feed named <paramref name="name"/>, or a message saying why there is none and what to do.</summary>
    public bool TryGet(string? name, out IProfileFeed feed, out string problem)
    {
        var wanted = name?.Trim() ?? "";
        feed = all.FirstOrDefault(f => string.Equals(f.Name, wanted, StringComparison.OrdinalIgnoreCase))!;
        problem = feed is not null
            ? ""
            : KnownNames.FirstOrDefault(known => string.Equals(known, wanted, StringComparison.OrdinalIgnoreCase)) is { } known
                ? $"the {known} profile feed is not configured: set {Settings(known)} (appsettings.json or environment variables)"
                : $"unknown profile feed \"{wanted}\"; known feeds: {string.Join(", ", KnownNames)}";
        return feed is not null;
    }

    private static string Settings(string feed) => feed switch
    {
        "uwv" => "ProfileFeeds:Uwv:BaseUrl and ProfileFeeds:Uwv:ApiKey",
        "ba" => "ProfileFeeds:Ba:BaseUrl, ProfileFeeds:Ba:ClientId and ProfileFeeds:Ba:ClientSecret",
        _ => "ProfileFeeds:Vdab:BaseUrl and ProfileFeeds:Vdab:ClientId",
    };
}
