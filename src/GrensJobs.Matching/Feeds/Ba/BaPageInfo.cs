namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>Paging of the Bundesagentur-style feed; <c>number</c> counts from 0.</summary>
internal sealed record BaPageInfo
{
    public int? Size { get; init; }

    public long? TotalElements { get; init; }

    public int? TotalPages { get; init; }

    public int? Number { get; init; }
}
