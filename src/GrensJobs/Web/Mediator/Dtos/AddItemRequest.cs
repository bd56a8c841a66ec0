namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>The body of <c>POST /api/v1/mediator/shortlists/{id}/items</c>.</summary>
internal sealed record AddItemRequest(string? ProfileId, string? VacancySource, string? VacancyId, string? Note);
