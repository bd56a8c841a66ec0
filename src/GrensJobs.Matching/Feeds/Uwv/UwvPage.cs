using System.Text.Json;

namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>
/// A page of the UWV-style feed. The profiles stay JSON elements here so that one bad record is reported on its own
/// and the rest of the page is still read.
/// </summary>
internal sealed record UwvPage
{
    public UwvPaginering? Paginering { get; init; }

    public IReadOnlyList<JsonElement>? Profielen { get; init; }
}
