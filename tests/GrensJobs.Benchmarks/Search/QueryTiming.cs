namespace GrensJobs.Benchmarks.Search;

/// <summary>One measured query: its latency and the total hits the engine reported.</summary>
internal sealed record QueryTiming(BenchmarkQuery Query, double Milliseconds, long Total);
