namespace GrensJobs.Benchmarks.Linker;

/// <summary>
/// One ESCO label as a title: its folded text, language position and concept position; whether its concept is kept
/// for calibration; and whether the label is hidden from the index (otherwise a qualifier was added to it).
/// </summary>
internal sealed record HeldOutLabel(string Folded, int Language, int Concept, bool Calibration, bool Hide = true);
