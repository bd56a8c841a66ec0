namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>The body of <c>PUT …/items/{itemId}/outcome</c>: <c>invited</c>, <c>placed</c>, <c>rejected</c>, or null to clear it.</summary>
internal sealed record OutcomeRequest(string? Outcome);
