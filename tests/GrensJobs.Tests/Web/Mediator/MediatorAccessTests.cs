using System.Net;
using GrensJobs.Storage.Users;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary>
/// Every endpoint of the mediator API with every kind of caller: anonymous → 401, the wrong role → 403 (an admin on a
/// mediator endpoint, a mediator on an admin one), the right role → its success status. 401 and 403 are ProblemDetails,
/// never a redirect to a login page.
/// </summary>
public sealed class MediatorAccessTests(MediatorApiFixture fixture) : IClassFixture<MediatorApiFixture>
{
    private const string Anonymous = "anonymous";
    private const string Mediator = "mediator";
    private const string Admin = "admin";

    public static TheoryData<string, string, string?, string, int> Calls { get; } = Build(
    [
        ("POST", "/logout", null, [Mediator, Admin], 204),
        ("GET", "/me", null, [Mediator, Admin], 200),
        ("GET", "/profiles", null, [Mediator], 200),
        ("GET", "/profiles/uwv-100234", null, [Mediator], 200),
        ("GET", "/matches/profile/uwv-100234", null, [Mediator], 200),
        ("GET", "/matches/vacancy/ba-demo/ba-77", null, [Mediator], 200),
        ("POST", "/shortlists", "shortlist", [Mediator], 201),
        ("GET", "/shortlists", null, [Mediator], 200),
        ("GET", "/shortlists/{list}", null, [Mediator], 200),
        ("GET", "/shortlists/{list}/export.csv", null, [Mediator], 200),
        ("POST", "/shortlists/{list}/items", "item", [Mediator], 201),
        ("PUT", "/shortlists/{list}/items/{item}/note", "note", [Mediator], 200),
        ("PUT", "/shortlists/{list}/items/{item}/outcome", "outcome", [Mediator], 200),
        ("DELETE", "/shortlists/{list}/items/{item}", null, [Mediator], 204),
        ("GET", "/placements", null, [Mediator, Admin], 200),
        ("GET", "/opportunity?isco=2", null, [Mediator, Admin], 200),
        ("GET", "/audit?profile=uwv-100234", null, [Admin], 200),
    ]);

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Endpoint_Caller_GetsTheStatusOfItsRole(string method, string path, string? body, string caller, int expected)
    {
        var session = await fixture.SessionAsync(caller switch { Mediator => UserRole.Mediator, Admin => UserRole.Admin, _ => null });
        // The shortlist and item in the path belong to the caller when it is a mediator, else to another mediator.
        var owner = caller == Mediator ? session : await fixture.SessionAsync(UserRole.Mediator);
        var list = await owner.CreateShortlistAsync("Lassers Venlo → Geldern");
        var item = await owner.AddItemAsync(list, "uwv-100234", "ba-demo", "ba-77");
        var target = MediatorSession.Prefix + path.Replace("{list}", $"{list}", StringComparison.Ordinal).Replace("{item}", $"{item}", StringComparison.Ordinal);

        var (response, problem) = await session.SendAsync(new HttpMethod(method), target, Body(body));

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        if ((HttpStatusCode)expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(expected, problem.GetProperty("status").GetInt32());
            Assert.Null(response.Headers.Location);
        }
    }

    [Fact]
    public void Calls_CoverEveryMediatorEndpointButLogin()
    {
        var mapped = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith(MediatorSession.Prefix, StringComparison.Ordinal) == true)
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(method => $"{method} {Shape(endpoint.RoutePattern.RawText!)}"))
            .Order(StringComparer.Ordinal);
        var tested = Calls.Select(row => $"{row.Data.Item1} {Shape(MediatorSession.Prefix + row.Data.Item2)}")
            .Append($"POST {MediatorSession.Prefix}/login")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(mapped, tested);
    }

    /// <summary>A path with its parameters and query left out: "/shortlists/{id:long}/items" and "/shortlists/{list}/items" → "/shortlists/{}/items".</summary>
    private static string Shape(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path.Split('?')[0].TrimEnd('/'), "\\{[^}]*\\}|(?<=/)(uwv-100234|ba-demo|ba-77)(?=/|$)", "{}");

    private static object? Body(string? kind) => kind switch
    {
        "shortlist" => new { name = "Pflege Aachen – Heerlen" },
        "item" => new { profileId = "vdab-88412", vacancySource = "vdab-demo", vacancyId = "vdab-5" },
        "note" => new { note = "Spreekt Duits op B1-niveau; rijbewijs B." },
        "outcome" => new { outcome = "invited" },
        _ => null,
    };

    private static TheoryData<string, string, string?, string, int> Build(
        IEnumerable<(string Method, string Path, string? Body, string[] Allowed, int Success)> endpoints)
    {
        var data = new TheoryData<string, string, string?, string, int>();
        foreach (var (method, path, body, allowed, success) in endpoints)
        {
            foreach (var caller in new[] { Anonymous, Mediator, Admin })
            {
                var status = caller == Anonymous ? 401 : allowed.Contains(caller) ? success : 403;
                data.Add(method, path, body, caller, status);
            }
        }

        return data;
    }
}
