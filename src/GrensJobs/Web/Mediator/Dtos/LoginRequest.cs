namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>The body of <c>POST /api/v1/mediator/login</c>.</summary>
internal sealed record LoginRequest(string? Name, string? Password);
