using System.Text;
using GrensJobs.Core.Places;
using GrensJobs.Matching.Opportunity;
using GrensJobs.Matching.Profiles;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// <c>GET opportunity?isco=2&amp;euregio=…&amp;format=json|csv</c>: the cross-border opportunity indicator — per Euregio,
/// ISCO-08 group and side of the border, open vacancies against the jobseekers across the border who could take them.
/// Aggregates only (no profile in the answer), for mediators and admins; one aggregate audit entry per request.
/// </summary>
internal static class OpportunityEndpoints
{
    public static RouteGroupBuilder MapOpportunity(this RouteGroupBuilder group)
    {
        group.MapGet("/opportunity", ComputeAsync).RequireAuthorization(MediatorPolicies.Account);
        return group;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ComputeAsync(
        int? isco, string? euregio, string? format, HttpContext http, VacancyIndex index, ProfileIndex profiles, IProfileStore store,
        OpportunityIndicator indicator, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var request = new OpportunityRequest
        {
            IscoLevel = isco ?? 2,
            Euregios = (euregio ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            UiLanguage = ProblemLanguage.Of(http.Request),
        };
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (request.Problem() is not null || (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)))
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadOpportunity, string.Join(", ", Euregios.All));
        }

        await profiles.CatchUpAsync(store, cancellationToken).ConfigureAwait(false);
        var everyone = profiles.Snapshot();
        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), MediatorClaims.NameOf(http.User), AuditActions.Aggregate, ProfileId: null,
            MediatorAudit.ReasonOf(http.Request), $"mediator API: opportunity --isco {request.IscoLevel}: {everyone.Count} profiles"), cancellationToken).ConfigureAwait(false);
        var table = indicator.Compute(index, everyone, request, progress: null, cancellationToken);
        if (!csv)
        {
            return TypedResults.Text(OpportunityJson.Write(table), "application/json; charset=utf-8");
        }

        await using var writer = new StringWriter();
        await OpportunityCsv.WriteAsync(writer, table, cancellationToken).ConfigureAwait(false);
        return TypedResults.Text(writer.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
    }
}
