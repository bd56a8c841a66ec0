namespace GrensJobs.Storage.Shortlists;

/// <summary>A profile put forward for a vacancy, with the mediator's note and the outcome so far.</summary>
public sealed record ShortlistItem(
    long Id,
    long ShortlistId,
    string ProfileId,
    string VacancySource,
    string VacancyId,
    string? Note,
    PlacementOutcome? Outcome,
    DateTimeOffset? OutcomeAt,
    DateTimeOffset AddedAt);
