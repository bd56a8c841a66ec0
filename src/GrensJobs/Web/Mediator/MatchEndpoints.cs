using GrensJobs.Matching;
using GrensJobs.Matching.Profiles;
using GrensJobs.Matching.Results;
using GrensJobs.Search.Candidates;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// <c>GET matches/profile/{id}</c> (best open vacancies for a stored profile) and <c>GET matches/vacancy/{source}/{id}</c>
/// (best stored profiles for an open vacancy), with <c>top</c> (1–100, default 20) and reasons and blockers in
/// <c>uiLang</c> (else Accept-Language, else English): the CONTRACTS.md "Match" JSON. Every profile read or returned is
/// audited, with the why from <c>reason</c> / <c>X-Reason</c>.
/// </summary>
internal static class MatchEndpoints
{
    public const int DefaultTop = 20;
    public const int MaxTop = 100;

    public static RouteGroupBuilder MapMatches(this RouteGroupBuilder group)
    {
        var matches = group.MapGroup("/matches").RequireAuthorization(MediatorPolicies.Mediator);
        matches.MapGet("/profile/{id}", ForProfileAsync);
        matches.MapGet("/vacancy/{source}/{id}", ForVacancyAsync);
        return group;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ForProfileAsync(
        string id, int? top, HttpContext http, IProfileStore profiles, VacancyIndex index, VacancyMatcher matcher, IAuditLog audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (top is < 1 or > MaxTop)
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadTop, MaxTop);
        }

        if (await profiles.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoProfile, id);
        }

        await MediatorAudit.WriteAsync(audit, http, time, AuditActions.MatchProfile, [stored.Id], "mediator API: matches for the profile", cancellationToken)
            .ConfigureAwait(false);
        var matches = matcher.Match(index, stored.Profile, top ?? DefaultTop, ProblemLanguage.Of(http.Request));
        return Json(MatchJson.ForProfile(stored.Id, matches));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ForVacancyAsync(
        string source, string id, int? top, HttpContext http, IProfileStore profiles, ProfileIndex profileIndex, VacancyIndex index, ProfileMatcher matcher,
        IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (top is < 1 or > MaxTop)
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadTop, MaxTop);
        }

        if (VacancyCandidates.Get(index, source, id) is not { } vacancy)
        {
            return MediatorProblems.NotFound(http, MediatorTexts.NoOpenVacancy, source, id);
        }

        await profileIndex.CatchUpAsync(profiles, cancellationToken).ConfigureAwait(false);
        var matches = matcher.Match(profileIndex, vacancy, top ?? DefaultTop, ProblemLanguage.Of(http.Request));
        await MediatorAudit.WriteAsync(audit, http, time, AuditActions.MatchVacancy, matches.Select(match => match.Profile.Profile.Id),
            $"mediator API: matches for vacancy {source}/{id}", cancellationToken).ConfigureAwait(false);
        return Json(MatchJson.ForVacancy(vacancy.Id, vacancy.Source, matches));
    }

    private static ContentHttpResult Json(string json) => TypedResults.Text(json, "application/json; charset=utf-8");
}
