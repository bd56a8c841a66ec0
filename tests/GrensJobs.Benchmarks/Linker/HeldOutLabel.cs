namespace GrensJobs.Benchmarks.Linker;

/// <summary>One ESCO label taken out of the index as a title: its folded text, language position and concept position.</summary>
internal sealed record HeldOutLabel(string Folded, int Language, int Concept, bool Calibration);
