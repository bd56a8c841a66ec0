using System.Text.Json;
using System.Text.Json.Serialization;
using GrensJobs.Matching.Scoring;

namespace GrensJobs.Matching.Results;

/// <summary>The CONTRACTS.md "Match" JSON of both directions (extra fields only added, never renamed).</summary>
public static class MatchJson
{
    public static string ForProfile(string profileId, IReadOnlyList<VacancyMatch> matches) => JsonSerializer.Serialize(
        new ProfileMatchesDto(profileId, [.. matches.Select(ToDto)]), MatchJsonContext.Default.ProfileMatchesDto);

    public static string ForVacancy(string vacancyId, string source, IReadOnlyList<ProfileMatch> matches) => JsonSerializer.Serialize(
        new VacancyMatchesDto(vacancyId, source, [.. matches.Select(ToDto)]), MatchJsonContext.Default.VacancyMatchesDto);

    public static VacancyMatchDto ToDto(VacancyMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var vacancy = match.Vacancy;
        return new VacancyMatchDto(
            vacancy.Id, vacancy.Source, vacancy.Title, vacancy.Employer, vacancy.Place, vacancy.Country, Km(match.DistanceKm), vacancy.Url,
            vacancy.Isco is null ? null : new OccupationDto(vacancy.Isco, vacancy.Esco),
            Math.Round(match.Score.Score, 3), match.Score.Breakdown, match.Score.Reasons, match.Score.Blockers);
    }

    public static ProfileMatchDto ToDto(ProfileMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new ProfileMatchDto(
            match.Profile.Profile.Id, match.Profile.Home?.Place, match.Profile.Home?.Country, Km(match.DistanceKm),
            Math.Round(match.Score.Score, 3), match.Score.Breakdown, match.Score.Reasons, match.Score.Blockers);
    }

    private static double? Km(double? km) => km is { } value ? Math.Round(value, 1) : null;
}

public sealed record ProfileMatchesDto(string Profile, IReadOnlyList<VacancyMatchDto> Results);

public sealed record VacancyMatchesDto(string Vacancy, string Source, IReadOnlyList<ProfileMatchDto> Results);

public sealed record OccupationDto(string Isco, string? Esco);

public sealed record VacancyMatchDto(
    string VacancyId, string Source, string Title, string? Employer, string? Place, string? Country, double? DistanceKm, string? Url,
    OccupationDto? Occupation, double Score, MatchBreakdown Breakdown, IReadOnlyList<string> Reasons, IReadOnlyList<string> Blockers);

public sealed record ProfileMatchDto(
    string ProfileId, string? Place, string? Country, double? DistanceKm,
    double Score, MatchBreakdown Breakdown, IReadOnlyList<string> Reasons, IReadOnlyList<string> Blockers);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ProfileMatchesDto))]
[JsonSerializable(typeof(VacancyMatchesDto))]
internal sealed partial class MatchJsonContext : JsonSerializerContext;
