using System.Net;
using System.Text.Json;

namespace GrensJobs.Tests.Web;

/// <summary><c>GET /api/search</c> in process: the names of CONTRACTS.md only, every value checked, errors as ProblemDetails.</summary>
public sealed class SearchApiTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await ApiHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Search_ValidRequest_AnswersTheResults()
    {
        var (response, body) = await _host.GetAsync("/api/search?q=lasser&near=Venlo&radius=40&uiLang=de&top=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["ba-77", "uwv-4411"], body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("Venlo", body.GetProperty("query").GetProperty("near").GetProperty("place").GetString());
        Assert.All(body.GetProperty("results").EnumerateArray(),
            r => Assert.Equal("Schweißer/Schweißerin", r.GetProperty("occupation").GetProperty("label").GetString()));
    }

    [Theory]
    [InlineData("radious=5", "radious", "\"radious\" is not a search parameter; did you mean radius?")]
    [InlineData("min-salary=4000", "min-salary", "\"min-salary\" is not a search parameter; did you mean minSalary?")]
    [InlineData("ui-lang=fr", "ui-lang", "\"ui-lang\" is not a search parameter; did you mean uiLang?")]
    [InlineData("werkgever=Köhler", "werkgever", "\"werkgever\" is not a search parameter; use q, near, radius")]
    public async Task Search_UnknownParameter_Answers400ProblemNamingIt(string parameter, string name, string detail)
    {
        var (response, body) = await _host.GetAsync($"/api/search?q=lasser&{parameter}");

        AssertProblem(response, body, HttpStatusCode.BadRequest);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(name, error.GetProperty("parameter").GetString());
        Assert.StartsWith(detail, error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("The search request is not valid", body.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("near=Venlo&radius=abc", "radius", "radius: \"abc\" is not a number; give one from 1 to 1000.")]
    [InlineData("page=abc", "page", "page: \"abc\" is not a whole number; give one from 1 to 10000.")]
    [InlineData("top=1000", "top", "top: 1000 is out of range; give a number from 1 to 100.")]
    [InlineData("country=XX", "country", "country: \"XX\" is not an ISO 3166-1 country code; use two letters such as NL, DE or BE.")]
    [InlineData("minSalary=-1", "minSalary", "minSalary: -1 is out of range; give a number from 0 to 1000000.")]
    [InlineData("radius=10", "radius", "radius needs near: a place to measure the distance from.")]
    [InlineData("near=Venlo&radius=5&radius=10", "radius", "radius is given more than once; give it once.")]
    [InlineData("page=2147483647&top=100", "page", "page 2147483647 with top 100 reaches result 214748364700, beyond the limit of 10000 (page × top).")]
    public async Task Search_BadValue_Answers400NamingTheParameterAsTheApiSpellsIt(string query, string parameter, string detail)
    {
        var (response, body) = await _host.GetAsync($"/api/search?q=lasser&{query}");

        AssertProblem(response, body, HttpStatusCode.BadRequest);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(parameter, error.GetProperty("parameter").GetString());
        Assert.StartsWith(detail, error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_HugePageAndTop_Answers400WithoutOverflow()
    {
        var (response, body) = await _host.GetAsync("/api/search?q=lasser&page=2147483647&top=1000");

        AssertProblem(response, body, HttpStatusCode.BadRequest);
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), error => error.GetProperty("parameter").GetString() == "top");
    }

    [Theory]
    [InlineData("&uiLang=de", null, "Die Suchanfrage ist ungültig", "country: „XX“ ist kein Ländercode nach ISO 3166-1; verwenden Sie zwei Buchstaben wie NL, DE oder BE.")]
    [InlineData("&uiLang=nl", "fr", "De zoekopdracht is niet geldig", "country: \"XX\" is geen ISO 3166-1-landcode; gebruik twee letters zoals NL, DE of BE.")]
    [InlineData("", "fr-BE, en;q=0.5", "La requête de recherche n'est pas valide", "country : « XX » n'est pas un code pays ISO 3166-1 ; utilisez deux lettres comme NL, DE ou BE.")]
    [InlineData("", "es, nl;q=0.8, de;q=0.3", "De zoekopdracht is niet geldig", "country: \"XX\" is geen ISO 3166-1-landcode; gebruik twee letters zoals NL, DE of BE.")]
    [InlineData("", null, "The search request is not valid", "country: \"XX\" is not an ISO 3166-1 country code; use two letters such as NL, DE or BE.")]
    [InlineData("&uiLang=es", null, "The search request is not valid", "country: \"XX\" is not an ISO 3166-1 country code; use two letters such as NL, DE or BE. uiLang: \"es\" is not nl, de, fr or en.")]
    public async Task Search_BadValue_IsWordedInUiLangElseAcceptLanguageElseEnglish(string uiLang, string? acceptLanguage, string title, string detail)
    {
        var (response, body) = await _host.GetAsync($"/api/search?country=XX{uiLang}", acceptLanguage);

        AssertProblem(response, body, HttpStatusCode.BadRequest);
        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_PagePastTheEnd_AnswersTheTotalAndNoResults()
    {
        var (response, body) = await _host.GetAsync("/api/search?q=soudeur&top=1&page=9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("total").GetInt64() is > 0 and < 9);
        Assert.Empty(body.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task SourcesAndHealth_StillAnswerAsDocumented()
    {
        var sources = await _host.Client.GetAsync(new Uri("/api/sources", UriKind.Relative), TestContext.Current.CancellationToken);
        var health = await _host.Client.GetStringAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, sources.StatusCode);
        using var json = JsonDocument.Parse(await sources.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal("ok", health);
    }

    internal static void AssertProblem(HttpResponseMessage response, JsonElement body, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }
}
