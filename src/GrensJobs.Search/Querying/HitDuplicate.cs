namespace GrensJobs.Search.Querying;

/// <summary>Another source's copy of the same vacancy (a member of the same dedup cluster).</summary>
public sealed record HitDuplicate(string Id, string Source, string? Url);
