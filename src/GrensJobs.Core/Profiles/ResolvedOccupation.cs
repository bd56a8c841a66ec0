namespace GrensJobs.Core.Profiles;

/// <summary>
/// A desired occupation as the matcher uses it: an ISCO-08 code (1–4 digits; fewer digits mean "anything in this
/// group") and, where known, the ESCO concept with its labels. <see cref="Via"/> says where it came from:
/// <c>isco</c>, <c>esco</c> or <c>title</c> (then <see cref="Confidence"/> is the linker's calibrated confidence).
/// </summary>
public sealed record ResolvedOccupation(
    string? Isco,
    string? Esco,
    IReadOnlyDictionary<string, string> Label,
    double Confidence,
    string Via)
{
    public bool IsResolved => Isco is not null;
}
