using System.Globalization;
using GrensJobs.Storage.Shortlists;
using GrensJobs.Web.Mediator.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// <c>GET placements[?from=DATE&amp;to=DATE]</c>: outcomes (invited, placed, rejected) per border corridor — home country
/// and Euregio to work country — from the anonymous facts the shortlists leave; <c>to</c> is inclusive. Any account.
/// </summary>
internal static class PlacementEndpoints
{
    public static RouteGroupBuilder MapPlacements(this RouteGroupBuilder group)
    {
        group.MapGet("/placements", CountAsync).RequireAuthorization(MediatorPolicies.Account);
        return group;
    }

    public static async Task<Results<Ok<PlacementsDto>, ProblemHttpResult>> CountAsync(
        string? from, string? to, HttpContext http, IShortlistStore store, CancellationToken cancellationToken)
    {
        if (!TryDate(from, out var since) || !TryDate(to, out var until))
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadDates);
        }

        var counts = await store.CountPlacementsAsync(
            since?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), until?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(new PlacementsDto(since, until, [.. counts.Select(CorridorDto.ToDto)]));
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
