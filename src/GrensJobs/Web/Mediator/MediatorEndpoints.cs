using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>The mediator API under <c>/api/v1/mediator/</c>: login, profiles, matches, shortlists, placement counts, the cross-border opportunity indicator and the audit log.</summary>
internal static class MediatorEndpoints
{
    public static IEndpointRouteBuilder MapMediatorApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(MediatorSetup.Prefix);
        group.MapLogin();
        group.MapProfiles();
        group.MapMatches();
        group.MapShortlists();
        group.MapPlacements();
        group.MapOpportunity();
        group.MapAudit();
        return endpoints;
    }
}
