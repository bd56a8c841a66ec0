using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary><c>ProfileFeeds:Uwv</c>: the UWV-style feed's base URL, API key (sent as <c>X-Api-Key</c>) and page size.</summary>
internal sealed class UwvFeedOptions : ProfileFeedOptions
{
    public const string Section = "Uwv";

    [Required]
    public string ApiKey { get; set; } = "";
}
