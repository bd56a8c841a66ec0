using System.Text.Json;
using System.Text.Json.Nodes;
using GrensJobs.Core.Json;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using GrensJobs.Web.Mediator.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// <c>GET profiles[?offset&amp;limit]</c> and <c>GET profiles/{id}</c>, for mediators. Every profile shown is written to the
/// audit log (who, when, which, and why from <c>reason</c> / <c>X-Reason</c>).
/// </summary>
internal static class ProfileEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static RouteGroupBuilder MapProfiles(this RouteGroupBuilder group)
    {
        var profiles = group.MapGroup("/profiles").RequireAuthorization(MediatorPolicies.Mediator);
        profiles.MapGet("/", ListAsync);
        profiles.MapGet("/{id}", GetAsync);
        return group;
    }

    public static async Task<Ok<ProfilePageDto>> ListAsync(
        int? offset, int? limit, HttpContext http, IProfileStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var from = Math.Max(offset ?? 0, 0);
        var size = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var page = await store.ListAsync(from, size, cancellationToken).ConfigureAwait(false);
        var total = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        await MediatorAudit.WriteAsync(audit, http, time, AuditActions.List, page.Select(profile => profile.Id), "mediator API: profile list", cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(new ProfilePageDto(total, from, size, [.. page.Select(ProfileSummaryDto.ToDto)]));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, IProfileStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoProfile, id);
        }

        await MediatorAudit.WriteAsync(audit, http, time, AuditActions.Read, [stored.Id], "mediator API: profile detail", cancellationToken).ConfigureAwait(false);
        var body = new JsonObject
        {
            ["id"] = stored.Id,
            ["format"] = stored.Format,
            ["importedAt"] = stored.ImportedAt,
            ["updatedAt"] = stored.UpdatedAt,
            ["profile"] = JsonSerializer.SerializeToNode(stored.Profile, GrensJobsJsonContext.Default.NormalisedProfile),
        };
        return TypedResults.Text(body.ToJsonString(), "application/json; charset=utf-8");
    }
}
