namespace GrensJobs.Core.Profiles;

/// <summary>
/// One occupation a jobseeker looks for: an ISCO-08 code (1–4 digits), an ESCO occupation URI or a title, as
/// CONTRACTS.md has it. A service feed's national code (BRC, KldB 2010, Competent) is kept beside its official title
/// in <see cref="NationalCode"/>: no code table is available, so the title is what gets linked.
/// </summary>
public sealed record DesiredOccupation
{
    public string? Isco { get; init; }

    public string? Esco { get; init; }

    public string? Title { get; init; }

    public NationalOccupationCode? NationalCode { get; init; }
}
