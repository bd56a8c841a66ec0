using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Profiles;

/// <summary>
/// The canonical jobseeker profile of CONTRACTS.md: what <c>profiles import --format grensjobs</c> reads, what the
/// three service feeds map to, and what the store keeps. Personal data: it never reaches a public index or response.
/// Names and contact details are deliberately not part of it (see the README, "Profiles and privacy").
/// </summary>
public sealed record JobseekerProfile
{
    /// <summary>The feed's own profile id, kept as is (<c>match --profile ID</c> keys on it).</summary>
    public required string Id { get; init; }

    public IReadOnlyList<DesiredOccupation> DesiredOccupations { get; init; } = [];

    public IReadOnlyList<string> Skills { get; init; } = [];

    public IReadOnlyList<LanguageSkill> Languages { get; init; } = [];

    public ProfileHome? Home { get; init; }

    public int? MaxCommuteKm { get; init; }

    public HoursRange? HoursPerWeek { get; init; }

    public Education? Education { get; init; }

    public DateOnly? AvailableFrom { get; init; }
}
