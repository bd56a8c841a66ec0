namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>The body of <c>PUT …/items/{itemId}/note</c>: the new note, or null to clear it.</summary>
internal sealed record NoteRequest(string? Note);
