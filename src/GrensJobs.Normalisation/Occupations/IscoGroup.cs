namespace GrensJobs.Normalisation.Occupations;

/// <summary>An ISCO-08 group (level 1–4) with its parent code and its label per language.</summary>
internal sealed record IscoGroup(string Code, int Level, string? Parent, IReadOnlyDictionary<string, string> Labels);
