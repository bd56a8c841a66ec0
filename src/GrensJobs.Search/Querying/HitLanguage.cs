namespace GrensJobs.Search.Querying;

/// <summary>A language the vacancy asks for.</summary>
public sealed record HitLanguage(string Language, string? Level, bool Required);
