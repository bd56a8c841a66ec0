namespace GrensJobs.Search.Querying;

/// <summary>A range of weekly hours (<c>--hours 32-40</c>).</summary>
public sealed record HoursFilter(int Min, int Max);
