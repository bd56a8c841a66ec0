using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>
/// <c>ProfileFeeds:Ba</c>: the Bundesagentur-style feed's base URL, its OAuth2 client credentials and page size.
/// </summary>
internal sealed class BaFeedOptions : ProfileFeedOptions
{
    public const string Section = "Ba";

    public BaFeedOptions() => PageSize = 50;

    [Required]
    public string ClientId { get; set; } = "";

    [Required]
    public string ClientSecret { get; set; } = "";

    /// <summary>How long before its expiry a token is replaced by a new one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(1);
}
