using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Shortlists;
using GrensJobs.Web.Mediator.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// A mediator's own shortlists: create, list, show (with items) and export as CSV. Another mediator's shortlist is
/// unknown (404). Showing or exporting items writes the audit log, one entry per profile named.
/// </summary>
internal static class ShortlistEndpoints
{
    public const int MaxNameLength = 100;

    public static RouteGroupBuilder MapShortlists(this RouteGroupBuilder group)
    {
        var shortlists = group.MapGroup("/shortlists").RequireAuthorization(MediatorPolicies.Mediator);
        shortlists.MapPost("/", CreateAsync);
        shortlists.MapGet("/", ListAsync);
        shortlists.MapGet("/{id:long}", GetAsync);
        shortlists.MapGet("/{id:long}/export.csv", ExportAsync);
        shortlists.MapShortlistItems();
        return group;
    }

    public static async Task<Results<Created<ShortlistDto>, ProblemHttpResult>> CreateAsync(
        CreateShortlistRequest? body, HttpContext http, IShortlistStore store, CancellationToken cancellationToken)
    {
        var name = body?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadName, MaxNameLength);
        }

        var created = await store.CreateAsync(MediatorClaims.IdOf(http.User), name, cancellationToken).ConfigureAwait(false);
        return created is null
            ? MediatorProblems.Of(http, StatusCodes.Status409Conflict, MediatorTexts.NameTaken, name)
            : TypedResults.Created($"{MediatorSetup.Prefix}/shortlists/{created.Id}", ShortlistDto.ToDto(created));
    }

    public static async Task<Ok<List<ShortlistDto>>> ListAsync(HttpContext http, IShortlistStore store, CancellationToken cancellationToken)
    {
        var shortlists = await store.ListAsync(MediatorClaims.IdOf(http.User), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(shortlists.Select(ShortlistDto.ToDto).ToList());
    }

    public static async Task<Results<Ok<ShortlistDetailDto>, ProblemHttpResult>> GetAsync(
        long id, HttpContext http, IShortlistStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = MediatorClaims.IdOf(http.User);
        if (await store.GetAsync(userId, id, cancellationToken).ConfigureAwait(false) is not { } shortlist)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoShortlist, id);
        }

        var items = await store.ListItemsAsync(userId, id, cancellationToken).ConfigureAwait(false);
        await MediatorAudit.WriteAsync(audit, http, time, MediatorAudit.ShortlistRead, items.Select(item => item.ProfileId), $"shortlist {id}", cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(ShortlistDetailDto.ToDto(shortlist, items));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        long id, string? separator, HttpContext http, IShortlistStore store, ShortlistCsv csv, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ShortlistCsv.Separators.TryGetValue(separator ?? "comma", out var delimiter))
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadSeparator, separator);
        }

        var userId = MediatorClaims.IdOf(http.User);
        if (await store.GetAsync(userId, id, cancellationToken).ConfigureAwait(false) is not { } shortlist)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoShortlist, id);
        }

        var items = await store.ListItemsAsync(userId, id, cancellationToken).ConfigureAwait(false);
        var bytes = await csv.WriteAsync(items, delimiter, cancellationToken).ConfigureAwait(false);
        await MediatorAudit.WriteAsync(audit, http, time, MediatorAudit.ShortlistExport, items.Select(item => item.ProfileId), $"shortlist {id} as CSV", cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"shortlist-{shortlist.Id}.csv");
    }
}
