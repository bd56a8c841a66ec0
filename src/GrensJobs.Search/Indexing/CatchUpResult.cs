namespace GrensJobs.Search.Indexing;

/// <summary>What a catch-up did: changes applied, the sequence reached, and whether the index was rebuilt from scratch.</summary>
public sealed record CatchUpResult(long Applied, long Sequence, bool Rebuilt);
