using GrensJobs.Storage.Audit;
using GrensJobs.Web.Mediator.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary><c>GET audit[?profile=ID&amp;actor=NAME&amp;limit=N]</c>: the audit log, newest first, for admins only.</summary>
internal static class AuditEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1_000;

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder group)
    {
        group.MapGet("/audit", ReadAsync).RequireAuthorization(MediatorPolicies.Admin);
        return group;
    }

    public static async Task<Ok<List<AuditEntryDto>>> ReadAsync(
        string? profile, string? actor, int? limit, IAuditLog audit, CancellationToken cancellationToken)
    {
        var entries = await audit.ReadAsync(
            new AuditQuery(string.IsNullOrWhiteSpace(profile) ? null : profile, string.IsNullOrWhiteSpace(actor) ? null : actor, Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit)),
            cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(entries.Select(AuditEntryDto.ToDto).ToList());
    }
}
