namespace GrensJobs.Web.Mediator;

/// <summary>One line of a shortlist's CSV export (column names from the properties, in this order).</summary>
internal sealed record ShortlistCsvRow(
    long Item,
    string Profile,
    string VacancySource,
    string VacancyId,
    string? Title,
    string? Employer,
    string? Place,
    string? Country,
    string? Note,
    string? Outcome,
    string? OutcomeAt,
    string AddedAt);
