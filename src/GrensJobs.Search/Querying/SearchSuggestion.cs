namespace GrensJobs.Search.Querying;

/// <summary>A search that finds something when the asked one found nothing: other words or a wider radius.</summary>
/// <param name="Kind">"spelling" or "radius".</param>
public sealed record SearchSuggestion(string Kind, string? Query, double? RadiusKm, long Total);
