namespace GrensJobs.Search.Indexing;

/// <summary>A language requirement as a result shows it.</summary>
internal sealed record IndexedRequirement(string Language, string? Level, bool Required);
