namespace GrensJobs.Benchmarks.Matching;

/// <summary>One timed match: what was matched, how long it took, and the keys and scores of its top results in order.</summary>
internal sealed record MatchRun<T>(T Query, double Milliseconds, IReadOnlyList<(string Key, double Score)> Results);
