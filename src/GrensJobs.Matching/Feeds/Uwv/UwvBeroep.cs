namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>A desired occupation: the UWV occupation code, its code list (<c>BO</c>) and official name.</summary>
internal sealed record UwvBeroep
{
    public string? Beroepscode { get; init; }

    public string? Beroepsnaam { get; init; }

    public string? Codelijst { get; init; }
}
