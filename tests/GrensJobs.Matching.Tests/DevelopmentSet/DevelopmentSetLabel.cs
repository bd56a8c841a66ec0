namespace GrensJobs.Matching.Tests.DevelopmentSet;

/// <summary>
/// One line of <c>labels.jsonl</c>: what a mediator would shortlist for one profile and what must not be on top.
/// Vacancies are named <c>source/id</c>.
/// </summary>
internal sealed record DevelopmentSetLabel(
    string Profile,
    string Feed,
    string Half,
    IReadOnlyList<string> Shortlist,
    IReadOnlyList<BlockedVacancy> MustNotTop,
    string Note);
