namespace GrensJobs.Corpus;

/// <summary>A salary range in euros per <paramref name="Period"/> (<c>hour</c>, <c>month</c> or <c>year</c>).</summary>
public sealed record CorpusSalary(decimal Min, decimal Max, string Period);
