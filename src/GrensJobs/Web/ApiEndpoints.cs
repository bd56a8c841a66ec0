using GrensJobs.Storage.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web;

/// <summary>
/// The REST API of the running host: search (the JSON of CONTRACTS.md "Search"), the sources with their health and
/// last run, and a health check. The web app arrives with its own issue.
/// </summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => Results.Text("ok"));
        endpoints.MapGet("/api/search", SearchEndpoint.Search).RequireRateLimiting(GrensJobsWebHost.SearchPolicy);
        endpoints.MapGet("/api/sources", SourcesAsync);
        endpoints.MapGet("/", () => Results.Text(
            "GrensJobs is running.\nGET /api/search?q=lasser&near=Venlo&radius=30 — search (JSON)\nGET /api/sources — sources, health and last runs\n",
            "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static async Task<IResult> SourcesAsync(ICrawlLog crawlLog, CancellationToken cancellationToken)
    {
        var sources = await crawlLog.ListSourcesAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<SourceStatus>(sources.Count);
        foreach (var source in sources)
        {
            var recent = await crawlLog.GetRecentCrawlRunsAsync(source.Id, 1, cancellationToken).ConfigureAwait(false);
            rows.Add(new SourceStatus(source.Id, source.Kind, source.Name, source.Health.ToString().ToLowerInvariant(),
                source.HealthReason, recent.Count > 0 ? LastRun.From(recent[0]) : null));
        }

        return Results.Json(rows, ApiJsonContext.Default.ListSourceStatus);
    }
}

internal sealed record SourceStatus(string Id, string Kind, string Name, string Health, string? HealthReason, LastRun? LastRun);

internal sealed record LastRun(
    DateTimeOffset Started, DateTimeOffset? Ended, string Status, int Pages, int New, int Updated, int Unchanged, int Expired, string? Error)
{
    public static LastRun From(CrawlRun run) => new(
        run.Started, run.Ended, run.Result.Status.ToString().ToLowerInvariant(), run.Result.Pages, run.Result.New,
        run.Result.Updated, run.Result.Unchanged, run.Result.Expired, run.Result.Error);
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<SourceStatus>))]
internal sealed partial class ApiJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
