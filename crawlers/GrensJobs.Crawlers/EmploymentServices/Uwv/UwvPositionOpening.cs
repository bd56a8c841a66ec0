namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>An HR-Open <c>PositionOpening</c>: identity, status and one profile per language.</summary>
internal sealed record UwvPositionOpening
{
    public UwvIdentifier? DocumentId { get; init; }

    /// <summary>BCP 47 language of the opening (<c>nl-NL</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Open, Closed, Filled, Cancelled…; only Open is read.</summary>
    public string? StatusCode { get; init; }

    public IReadOnlyList<UwvPositionProfile> PositionProfiles { get; init; } = [];
}
