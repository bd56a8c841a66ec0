namespace GrensJobs.Search.Querying;

/// <summary>A vacancy's occupation: ISCO-08 unit group and the label in the UI language.</summary>
public sealed record HitOccupation(string Isco, string? Label, string? Esco);
