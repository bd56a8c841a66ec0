namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>The answer of <c>GET /api/v1/mediator/placements</c>: outcomes per corridor, in the period asked for.</summary>
internal sealed record PlacementsDto(DateOnly? From, DateOnly? To, IReadOnlyList<CorridorDto> Corridors);
