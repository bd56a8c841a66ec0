using System.Net;
using System.Net.Http.Json;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary>Logins per minute from one address are limited whatever names are tried; searches keep their own limit.</summary>
public sealed class MediatorLoginLimitTests
{
    [Fact]
    public async Task Login_ThirdAttemptInAMinuteWithALimitOfTwo_429InTheCallersLanguageWhileSearchStillAnswers()
    {
        await using var host = await ApiHost.StartAsync(settings: new Dictionary<string, string?>(StringComparer.Ordinal) { ["Mediator:LoginsPerMinute"] = "2" });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        foreach (var name in new[] { "anke", "jurgen", "marie" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/mediator/login", UriKind.Relative))
            {
                Content = JsonContent.Create(new { name, password = "Sommer2026!" }),
            };
            request.Headers.AcceptLanguage.ParseAdd("nl-BE");
            last = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        var (search, _) = await host.GetAsync("/api/search?q=lasser");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Er kwamen te veel inlogpogingen van dit adres", await last.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }
}
