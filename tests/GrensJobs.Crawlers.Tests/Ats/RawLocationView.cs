using GrensJobs.Core.Vacancies;

namespace GrensJobs.Crawlers.Tests.Ats;

/// <summary>The text, place, postal code and country of a location, compared at once.</summary>
internal sealed record RawLocationView(string? Text, string? Place, string? PostalCode, string? Country)
{
    public static RawLocationView? Of(RawLocation? location) =>
        location is null ? null : new(location.Text, location.Place, location.PostalCode, location.Country);
}
