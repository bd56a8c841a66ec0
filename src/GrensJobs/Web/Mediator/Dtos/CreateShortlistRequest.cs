namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>The body of <c>POST /api/v1/mediator/shortlists</c>.</summary>
internal sealed record CreateShortlistRequest(string? Name);
