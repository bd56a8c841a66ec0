namespace GrensJobs.Crawlers.Sources;

/// <summary>
/// One thing wrong with a source definition. <paramref name="Key"/> is the dotted path of the offending key
/// (<c>settings.company</c>, <c>listing.item</c>) so the loader can point at its line; null for the whole file.
/// </summary>
public sealed record SourceProblem(string? Key, string Message);
