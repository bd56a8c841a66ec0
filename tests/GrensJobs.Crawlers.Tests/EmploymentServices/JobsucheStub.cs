using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

/// <summary>WireMock answers in the shape of the Jobsuche API.</summary>
internal static class JobsucheStub
{
    public const string ApiKey = "jobboerse-jobsuche";

    public static IRequestBuilder List(string path = "/pc/v4/jobs") =>
        Request.Create().WithPath(path).UsingGet().WithHeader("X-API-Key", ApiKey);

    public static IResponseBuilder Json(string body, int status = 200, TimeSpan? delay = null)
    {
        var response = Response.Create().WithStatusCode(status)
            .WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);
        return delay is { } wait ? response.WithDelay(wait) : response;
    }

    /// <summary>A v4 list page of <paramref name="count"/> items numbered from <paramref name="first"/>.</summary>
    public static string Page(long maxErgebnisse, int first, int count) => JsonSerializer.Serialize(new
    {
        stellenangebote = Enumerable.Range(first, count).Select(i => new
        {
            refnr = RefNr(i),
            titel = $"Lagermitarbeiter (m/w/d) Nr. {i}",
            arbeitgeber = "Logistikzentrum Niederrhein GmbH",
            aktuelleVeroeffentlichungsdatum = "2026-11-20",
            arbeitsort = new { plz = "47533", ort = "Kleve", land = "Deutschland" },
        }),
        maxErgebnisse,
    });

    public static string RefNr(int number) => $"10000-{number:D10}-S";

    /// <summary>Every detail answers with the current-shape fixture.</summary>
    public static void AnyDetail(WireMockServer server, TimeSpan? delay = null) =>
        server.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher("/pc/v4/jobdetails/*")).UsingGet())
            .AtPriority(100)
            .RespondWith(Json(FeedTestKit.Fixture("ba-detail-current.json"), delay: delay));
}
