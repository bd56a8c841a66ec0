using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary><c>ProfileFeeds:Vdab</c>: the VDAB-style feed's base URL, client id (sent as <c>X-IBM-Client-Id</c>) and page size.</summary>
internal sealed class VdabFeedOptions : ProfileFeedOptions
{
    public const string Section = "Vdab";

    [Required]
    public string ClientId { get; set; } = "";
}
