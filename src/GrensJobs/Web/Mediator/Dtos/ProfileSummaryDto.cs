using GrensJobs.Storage.Profiles;

namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>A profile in the list: its id, feed format, last change, desired ISCO-08 groups and home area (no more).</summary>
internal sealed record ProfileSummaryDto(
    string Id, string Format, DateTimeOffset UpdatedAt, IReadOnlyList<string> Isco, string? HomePlace, string? HomeCountry, IReadOnlyList<string> Euregios)
{
    public static ProfileSummaryDto ToDto(StoredProfile stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var profile = stored.Profile;
        return new ProfileSummaryDto(
            stored.Id, stored.Format, stored.UpdatedAt,
            [.. profile.Occupations.Select(occupation => occupation.Isco).OfType<string>().Distinct(StringComparer.Ordinal)],
            profile.Home?.Place ?? profile.Profile.Home?.Place,
            profile.Home?.Country ?? profile.Profile.Home?.Country,
            profile.Home?.Euregios ?? []);
    }
}
