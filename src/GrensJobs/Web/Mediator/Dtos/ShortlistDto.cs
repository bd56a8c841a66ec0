using GrensJobs.Storage.Shortlists;

namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>A shortlist without its items (the list of a mediator's shortlists).</summary>
internal sealed record ShortlistDto(long Id, string Name, DateTimeOffset CreatedAt, int Items)
{
    public static ShortlistDto ToDto(Shortlist shortlist) => new(shortlist.Id, shortlist.Name, shortlist.CreatedAt, shortlist.ItemCount);
}
