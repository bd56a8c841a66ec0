using System.Text.Json;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>
/// A page of the Bundesagentur-style feed. The applicants stay JSON elements here so that one bad record is reported
/// on its own and the rest of the page is still read.
/// </summary>
internal sealed record BaPage
{
    public IReadOnlyList<JsonElement>? Bewerber { get; init; }

    public BaPageInfo? Page { get; init; }
}
