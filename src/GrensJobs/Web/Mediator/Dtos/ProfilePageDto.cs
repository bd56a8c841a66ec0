namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>A page of <c>GET /api/v1/mediator/profiles</c>.</summary>
internal sealed record ProfilePageDto(int Total, int Offset, int Limit, IReadOnlyList<ProfileSummaryDto> Items);
