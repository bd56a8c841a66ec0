using System.Net;
using GrensJobs.Search.Querying;
using GrensJobs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Web;

/// <summary>Every error status of the host carries an RFC 9457 ProblemDetails body in the caller's language, never internals.</summary>
public sealed class ApiProblemTests
{
    private static readonly TaskCompletionSource Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly TaskCompletionSource Release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Theory]
    [InlineData(null, "Not found", "There is nothing at this address.")]
    [InlineData("de-DE,de;q=0.9", "Nicht gefunden", "Unter dieser Adresse gibt es nichts.")]
    [InlineData("fr", "Introuvable", "Il n'y a rien à cette adresse.")]
    public async Task UnknownPath_Answers404Problem(string? acceptLanguage, string title, string detail)
    {
        await using var host = await ApiHost.StartAsync();

        var (response, body) = await host.GetAsync("/api/vacatures?q=lasser", acceptLanguage);

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.NotFound);
        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.StartsWith(detail, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMethod_Answers405Problem()
    {
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/search?uiLang=nl", UriKind.Relative));

        var (response, body) = await host.SendAsync(request);

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("Methode niet toegestaan", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task HugeUrl_Answers414Problem()
    {
        await using var host = await ApiHost.StartAsync();

        var (response, body) = await host.GetAsync("/api/search?q=" + string.Concat(Enumerable.Repeat("Schweißer+", 1_000)));

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.RequestUriTooLong);
        Assert.Equal("The URL is longer than 8192 characters. Use fewer or shorter words, or fewer values.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task HugeUrl_OnKestrel_Answers414ProblemFromTheAppNotKestrel()
    {
        await using var host = await ApiHost.StartAsync(kestrel: true);

        var (response, body) = await host.GetAsync("/api/search?uiLang=de&q=" + new string('a', 20_000));

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.RequestUriTooLong);
        Assert.Equal("URL zu lang", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task HugeBody_Answers413Problem()
    {
        await using var host = await ApiHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/search", UriKind.Relative))
        {
            Content = new ByteArrayContent(new byte[100_000]),
        };

        var (response, body) = await host.SendAsync(request);

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Request too large", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnhandledException_Answers500ProblemWithoutInternals()
    {
        await using var host = await ApiHost.StartAsync(app =>
            app.MapGet("/test/fails", string () => throw new InvalidOperationException("Data Source=/srv/grensjobs.db;Password=geheim")));

        var (response, body) = await host.GetAsync("/test/fails");

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.InternalServerError);
        Assert.Equal("Something went wrong", body.GetProperty("title").GetString());
        var text = body.GetRawText();
        Assert.DoesNotContain("geheim", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The search took too long", "The search stopped after its time budget of 250 ms. Use fewer or shorter words, or narrow it with a place or filters.")]
    [InlineData("de", "Die Suche hat zu lange gedauert", "Die Suche wurde nach ihrem Zeitbudget von 250 ms abgebrochen. Verwenden Sie weniger oder kürzere Wörter oder grenzen Sie sie mit einem Ort oder Filtern ein.")]
    public async Task SearchTimeout_Answers503SayingWhatToChange(string uiLang, string title, string detail)
    {
        // The engine throws SearchTimeoutException when a search runs out of its budget; this endpoint stands in for it.
        await using var host = await ApiHost.StartAsync(app =>
            app.MapGet("/test/slow", string () => throw new SearchTimeoutException(TimeSpan.FromMilliseconds(250))));

        var (response, body) = await host.GetAsync($"/test/slow?uiLang={uiLang}");

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.Equal(detail, body.GetProperty("detail").GetString());
        Assert.Equal(250, body.GetProperty("timeBudgetMs").GetInt64());
    }

    [Fact]
    public async Task Search_EngineRunsOutOfItsConfiguredBudget_Answers503InTheRequestedLanguage()
    {
        // The engine's own budget check stops the search.
        await using var host = await ApiHost.StartAsync(
            settings: new Dictionary<string, string?>(StringComparer.Ordinal) { ["Search:TimeBudgetMilliseconds"] = "1500" },
            configureServices: services => services.AddSingleton<TimeProvider>(new LeapingClock()));

        var (response, body) = await host.GetAsync("/api/search?q=lasser&near=Venlo&uiLang=de");

        SearchApiTests.AssertProblem(response, body, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Die Suche hat zu lange gedauert", body.GetProperty("title").GetString());
        Assert.Contains("Zeitbudget von 1500 ms", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1500, body.GetProperty("timeBudgetMs").GetInt64());
    }

    [Fact]
    public async Task TooManySearchesAtOnce_Answers429Problem()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Api:MaxConcurrentSearches"] = "1",
            ["Api:SearchQueueLength"] = "0",
        };
        await using var host = await ApiHost.StartAsync(
            app => app.MapGet("/test/held", async () =>
            {
                Entered.TrySetResult();
                await Release.Task;
                return "done";
            }).RequireRateLimiting(GrensJobsWebHost.SearchPolicy),
            settings);
        var held = host.Client.GetAsync(new Uri("/test/held", UriKind.Relative), TestContext.Current.CancellationToken);
        try
        {
            await Entered.Task.WaitAsync(TestContext.Current.CancellationToken);

            var (response, body) = await host.GetAsync("/test/held?uiLang=fr");

            SearchApiTests.AssertProblem(response, body, HttpStatusCode.TooManyRequests);
            Assert.Equal("Trop de requêtes", body.GetProperty("title").GetString());
        }
        finally
        {
            Release.TrySetResult();
            using var first = await held;
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }
    }
}
