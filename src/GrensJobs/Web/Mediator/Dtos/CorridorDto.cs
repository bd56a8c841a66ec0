using GrensJobs.Storage.Shortlists;

namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>Outcomes in one border corridor: home country and Euregio (null: outside every Euregio) to work country.</summary>
internal sealed record CorridorDto(string? HomeCountry, string? HomeEuregio, string? WorkCountry, int Invited, int Placed, int Rejected)
{
    public static CorridorDto ToDto(CorridorCount count) =>
        new(count.HomeCountry, count.HomeEuregio, count.WorkCountry, count.Invited, count.Placed, count.Rejected);
}
