using GrensJobs.Storage.Shortlists;

namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>A profile put forward for a vacancy: the mediator's note and the outcome (<c>invited</c>, <c>placed</c>, <c>rejected</c> or null).</summary>
internal sealed record ShortlistItemDto(
    long Id, string ProfileId, string VacancySource, string VacancyId, string? Note, string? Outcome, DateTimeOffset? OutcomeAt, DateTimeOffset AddedAt)
{
    public static ShortlistItemDto ToDto(ShortlistItem item) => new(
        item.Id, item.ProfileId, item.VacancySource, item.VacancyId, item.Note,
        item.Outcome is { } outcome ? PlacementOutcomes.Name(outcome) : null, item.OutcomeAt, item.AddedAt);
}
