namespace GrensJobs.Search.Indexing;

/// <summary>What the index stores of a vacancy to show it as a result without asking the store.</summary>
internal sealed record IndexedHit
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Title { get; init; }
    public string? Url { get; init; }
    public string? Employer { get; init; }
    public string? Place { get; init; }
    public string? Country { get; init; }
    public DateOnly? Posted { get; init; }
    public string? Cluster { get; init; }
    public string? Esco { get; init; }
    public string? Isco { get; init; }
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
    public IReadOnlyList<IndexedRequirement> Languages { get; init; } = [];
}
