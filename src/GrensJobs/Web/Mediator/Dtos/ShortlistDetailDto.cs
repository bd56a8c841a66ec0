using GrensJobs.Storage.Shortlists;

namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>A shortlist with its items.</summary>
internal sealed record ShortlistDetailDto(long Id, string Name, DateTimeOffset CreatedAt, IReadOnlyList<ShortlistItemDto> Items)
{
    public static ShortlistDetailDto ToDto(Shortlist shortlist, IReadOnlyList<ShortlistItem> items) =>
        new(shortlist.Id, shortlist.Name, shortlist.CreatedAt, [.. items.Select(ShortlistItemDto.ToDto)]);
}
