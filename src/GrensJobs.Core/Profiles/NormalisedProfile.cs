namespace GrensJobs.Core.Profiles;

/// <summary>
/// A profile with what the product resolved from it: each desired occupation linked to ESCO/ISCO-08 (or left
/// unresolved, with the reason), and the home place with coordinates, NUTS-3 region and Euregios. This is what the
/// store keeps and the matcher reads, so a match never re-runs the linker.
/// </summary>
public sealed record NormalisedProfile
{
    public required JobseekerProfile Profile { get; init; }

    /// <summary>One entry per item of <see cref="JobseekerProfile.DesiredOccupations"/>, in the same order.</summary>
    public IReadOnlyList<ResolvedOccupation> Occupations { get; init; } = [];

    public ResolvedHome? Home { get; init; }

    /// <summary>What could not be resolved, for the importer to report ("title \"…\" names no known occupation").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
