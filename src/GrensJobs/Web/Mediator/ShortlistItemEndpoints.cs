using GrensJobs.Storage;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using GrensJobs.Storage.Shortlists;
using GrensJobs.Web.Mediator.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// The items of a shortlist: add a profile + vacancy pair, annotate it, set its outcome (which records the anonymous
/// placement fact of its corridor), remove it. Each writes the audit log for the profile it names.
/// </summary>
internal static class ShortlistItemEndpoints
{
    public const int MaxNoteLength = 2_000;

    public static RouteGroupBuilder MapShortlistItems(this RouteGroupBuilder shortlists)
    {
        shortlists.MapPost("/{id:long}/items", AddAsync);
        shortlists.MapPut("/{id:long}/items/{itemId:long}/note", AnnotateAsync);
        shortlists.MapPut("/{id:long}/items/{itemId:long}/outcome", SetOutcomeAsync);
        shortlists.MapDelete("/{id:long}/items/{itemId:long}", DeleteAsync);
        return shortlists;
    }

    public static async Task<Results<Created<ShortlistItemDto>, ProblemHttpResult>> AddAsync(
        long id, AddItemRequest? body, HttpContext http, IShortlistStore store, IVacancyStore vacancies, IAuditLog audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.ProfileId) || string.IsNullOrWhiteSpace(body.VacancySource) || string.IsNullOrWhiteSpace(body.VacancyId))
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadItem);
        }

        if (body.Note is { Length: > MaxNoteLength })
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadNote, MaxNoteLength);
        }

        if (await vacancies.GetAsync(body.VacancySource, body.VacancyId, cancellationToken).ConfigureAwait(false) is null)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoVacancy, body.VacancySource, body.VacancyId);
        }

        var result = await store.AddItemAsync(MediatorClaims.IdOf(http.User), id, body.ProfileId, body.VacancySource, body.VacancyId, body.Note, cancellationToken)
            .ConfigureAwait(false);
        switch (result.Status)
        {
            case AddItemStatus.Added:
                await MediatorAudit.WriteAsync(audit, http, time, MediatorAudit.ShortlistAdd, [body.ProfileId], Detail(id, result.Item!), cancellationToken).ConfigureAwait(false);
                return TypedResults.Created($"{MediatorSetup.Prefix}/shortlists/{id}/items/{result.Item!.Id}", ShortlistItemDto.ToDto(result.Item));
            case AddItemStatus.UnknownProfile:
                return MediatorProblems.NotFound(http, MediatorTexts.NoProfile, body.ProfileId);
            case AddItemStatus.AlreadyThere:
                return MediatorProblems.Of(http, StatusCodes.Status409Conflict, MediatorTexts.ItemThere, body.ProfileId);
            default:
                return MediatorProblems.NotFound(http, MediatorTexts.NoShortlist, id);
        }
    }

    public static async Task<Results<Ok<ShortlistItemDto>, ProblemHttpResult>> AnnotateAsync(
        long id, long itemId, NoteRequest? body, HttpContext http, IShortlistStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body?.Note is { Length: > MaxNoteLength })
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadNote, MaxNoteLength);
        }

        var note = string.IsNullOrWhiteSpace(body?.Note) ? null : body.Note;
        var item = await store.AnnotateAsync(MediatorClaims.IdOf(http.User), id, itemId, note, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(item, MediatorAudit.ShortlistNote, id, itemId, http, audit, time, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Results<Ok<ShortlistItemDto>, ProblemHttpResult>> SetOutcomeAsync(
        long id, long itemId, OutcomeRequest? body, HttpContext http, IShortlistStore store, IProfileStore profiles, IVacancyStore vacancies,
        IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        PlacementOutcome? outcome = null;
        if (body?.Outcome is { } text && (outcome = PlacementOutcomes.Parse(text)) is null)
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadOutcome, text);
        }

        var userId = MediatorClaims.IdOf(http.User);
        if (await store.GetItemAsync(userId, id, itemId, cancellationToken).ConfigureAwait(false) is not { } existing)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoItem, id, itemId);
        }

        var corridor = outcome is null ? null : await PlacementCorridors.OfAsync(existing, profiles, vacancies, cancellationToken).ConfigureAwait(false);
        var item = await store.SetOutcomeAsync(userId, id, itemId, outcome, corridor, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(item, MediatorAudit.ShortlistOutcome, id, itemId, http, audit, time, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, long itemId, HttpContext http, IShortlistStore store, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = MediatorClaims.IdOf(http.User);
        var item = await store.GetItemAsync(userId, id, itemId, cancellationToken).ConfigureAwait(false);
        if (item is null || !await store.DeleteItemAsync(userId, id, itemId, cancellationToken).ConfigureAwait(false))
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoItem, id, itemId);
        }

        await MediatorAudit.WriteAsync(audit, http, time, MediatorAudit.ShortlistRemove, [item.ProfileId], Detail(id, item), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ShortlistItemDto>, ProblemHttpResult>> AnswerAsync(
        ShortlistItem? item, string action, long id, long itemId, HttpContext http, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (item is null)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoItem, id, itemId);
        }

        await MediatorAudit.WriteAsync(audit, http, time, action, [item.ProfileId], Detail(id, item), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ShortlistItemDto.ToDto(item));
    }

    private static string Detail(long shortlistId, ShortlistItem item) =>
        $"shortlist {shortlistId}, item {item.Id}, vacancy {item.VacancySource}/{item.VacancyId}" + (item.Outcome is { } outcome ? $", outcome {PlacementOutcomes.Name(outcome)}" : "");
}
