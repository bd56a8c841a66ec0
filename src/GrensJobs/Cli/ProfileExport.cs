using GrensJobs.Core.Profiles;

namespace GrensJobs.Cli;

/// <summary>What <c>profiles export</c> prints: a person's data and who accessed it.</summary>
internal sealed record ProfileExport(
    string Format,
    DateTimeOffset ImportedAt,
    DateTimeOffset UpdatedAt,
    NormalisedProfile Profile,
    IReadOnlyList<ProfileAccess> Accesses);

/// <summary>One audit log entry about the person, as exported.</summary>
internal sealed record ProfileAccess(DateTimeOffset At, string Actor, string Action, string? Reason);
