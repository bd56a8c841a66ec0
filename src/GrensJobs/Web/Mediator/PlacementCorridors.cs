using GrensJobs.Storage;
using GrensJobs.Storage.Profiles;
using GrensJobs.Storage.Shortlists;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// The anonymous corridor of an outcome: the profile's home country and Euregios (as resolved at import, else the country
/// the feed gave), the vacancy's work country and Euregios (every place of it) and its ISCO-08 group.
/// </summary>
internal static class PlacementCorridors
{
    public static async Task<PlacementCorridor> OfAsync(
        ShortlistItem item, IProfileStore profiles, IVacancyStore vacancies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var profile = (await profiles.GetAsync(item.ProfileId, cancellationToken).ConfigureAwait(false))?.Profile;
        var vacancy = (await vacancies.GetAsync(item.VacancySource, item.VacancyId, cancellationToken).ConfigureAwait(false))?.Vacancy;
        var places = vacancy is null ? [] : new[] { vacancy.Location }.Concat(vacancy.Locations).OfType<Core.Places.VacancyLocation>().ToList();
        return new PlacementCorridor(
            profile?.Home?.Country ?? profile?.Profile.Home?.Country,
            profile?.Home?.Euregios ?? [],
            vacancy?.Location?.Country,
            [.. places.SelectMany(place => place.Euregios).Distinct(StringComparer.Ordinal)],
            vacancy?.Occupation?.Isco);
    }
}
