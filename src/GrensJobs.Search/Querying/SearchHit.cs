namespace GrensJobs.Search.Querying;

/// <summary>One result: a dedup cluster's vacancy, with the other members as <see cref="Duplicates"/>.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Title { get; init; }
    public string? Employer { get; init; }
    public string? Place { get; init; }
    public string? Country { get; init; }

    /// <summary>Great-circle distance from <c>--near</c> to the nearest place of the vacancy; null without <c>--near</c>.</summary>
    public double? DistanceKm { get; init; }

    public DateOnly? Posted { get; init; }
    public string? Url { get; init; }

    /// <summary>The engine's relevance, comparable within one query only.</summary>
    public double Score { get; init; }

    public HitOccupation? Occupation { get; init; }
    public IReadOnlyList<HitLanguage> Languages { get; init; } = [];
    public IReadOnlyList<HitDuplicate> Duplicates { get; init; } = [];

    /// <summary>A passage of the description around the query words.</summary>
    public string? Snippet { get; init; }
}
