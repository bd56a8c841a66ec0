namespace GrensJobs.Search.Indexing;

/// <summary>An index that could not be read (missing or corrupt files): where it was moved aside, and the reason.</summary>
public sealed record BrokenIndex(string MovedTo, string Reason);
