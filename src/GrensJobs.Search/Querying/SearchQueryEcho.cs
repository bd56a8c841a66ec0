namespace GrensJobs.Search.Querying;

/// <summary>The search as understood: the words, the place chosen for <c>--near</c>, the occupation the words name.</summary>
public sealed record SearchQueryEcho
{
    public string? Text { get; init; }

    public NearEcho? Near { get; init; }

    public double? RadiusKm { get; init; }

    /// <summary>The ESCO occupation the query was resolved to (matches in every language), or null.</summary>
    public HitOccupation? Occupation { get; init; }

    public string Sort { get; init; } = "relevance";

    public int Top { get; init; }

    public int Page { get; init; }
}
