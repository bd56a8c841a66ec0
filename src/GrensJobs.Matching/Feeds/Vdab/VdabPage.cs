using System.Text.Json;

namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>
/// A page of the VDAB-style feed: its items, the total and the link to the next page (<c>volgende</c>, null on the
/// last). The items stay JSON elements so that one bad record is reported on its own.
/// </summary>
internal sealed record VdabPage
{
    public IReadOnlyList<JsonElement>? Items { get; init; }

    public long? Totaal { get; init; }

    public string? Volgende { get; init; }
}
