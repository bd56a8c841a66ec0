using GrensJobs.Core.Languages;
using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Querying;
using GrensJobs.Search.Requests;

namespace GrensJobs.Search.Tests.Requests;

/// <summary>The one reading of a search for the command line and the API: values, limits and the errors' words.</summary>
public sealed class SearchRequestParserTests
{
    private static SearchRequestParse Parse(SearchParameters parameters) => SearchRequestParser.Parse(parameters, SharedSearch.Normaliser);

    private static SearchRequestError SingleError(SearchParameters parameters)
    {
        var parsed = Parse(parameters);
        Assert.Null(parsed.Request);
        return Assert.Single(parsed.Errors);
    }

    private static string English(SearchRequestError error) => SearchMessages.Describe(error, "en", SearchQueryParameters.Name);

    [Fact]
    public void Parse_EveryParameter_GivesTheRequest()
    {
        var parsed = Parse(new SearchParameters
        {
            Query = "  Schweißer (m/w/d)  ", Near = "Aken", Radius = "30.5", Country = ["de,nl", "BE"], Euregio = ["Maas-Rijn"],
            Nuts3 = ["dea2d"], Occupation = "72", Contract = ["permanent,interim"], Hours = "32-40", Since = "2026-11-01",
            Remote = "Hybrid", MinSalary = "2900.50", Speaks = ["de:B1,nl:c2"], Sort = "distance", Top = "50", Page = "3", UiLanguage = "FR",
        });

        var request = Assert.IsType<SearchRequest>(parsed.Request);
        Assert.Empty(parsed.Errors);
        Assert.Equal("Schweißer (m/w/d)", request.Text);
        Assert.Equal("DE", request.Near!.Country);
        Assert.Equal(30.5, request.RadiusKm);
        Assert.Equal(["DE", "NL", "BE"], request.Countries);
        Assert.Equal(["maas-rijn"], request.Euregios);
        Assert.Equal(["DEA2D"], request.Nuts3);
        Assert.Equal([ContractType.Permanent, ContractType.Interim], request.Contracts);
        Assert.Equal(new HoursFilter(32, 40), request.Hours);
        Assert.Equal(new DateOnly(2026, 11, 1), request.Since);
        Assert.Equal(RemoteMode.Hybrid, request.Remote);
        Assert.Equal(2900.50m, request.MinMonthlySalary);
        Assert.Equal(CefrLevel.B1, request.Speaks!["de"]);
        Assert.Equal(CefrLevel.C2, request.Speaks["nl"]);
        Assert.Equal(SearchSort.Distance, request.Sort);
        Assert.Equal((50, 3), (request.Top, request.Page));
        Assert.Equal("fr", request.UiLanguage);
    }

    [Fact]
    public void Parse_NothingGiven_GivesTheDefaults()
    {
        var request = Parse(new SearchParameters { Query = "   ", Radius = "", Top = " " }).Request!;

        Assert.Null(request.Text);
        Assert.Null(request.RadiusKm);
        Assert.Equal((SearchRequestParser.DefaultTop, 1, SearchSort.Relevance, "en"), (request.Top, request.Page, request.Sort, request.UiLanguage));
    }

    [Theory]
    [InlineData("2147483647", "1000")]
    [InlineData("99999999999999999999", "20")]
    [InlineData("501", "20")]
    [InlineData("101", "100")]
    public void Parse_PagesBeyondTheResultWindow_AreRefusedWithoutOverflow(string page, string top)
    {
        var parsed = Parse(new SearchParameters { Query = "lasser", Page = page, Top = top });

        Assert.Null(parsed.Request);
        Assert.Contains(parsed.Errors, error => error.Parameter is SearchParameter.Page or SearchParameter.Top);
    }

    [Fact]
    public void Parse_PageTimesTopBeyondTheLimit_NamesTheLimitAndBothValues()
    {
        var error = SingleError(new SearchParameters { Page = "101", Top = "100" });

        Assert.Equal(SearchErrorKind.ResultWindow, error.Kind);
        Assert.Equal("page 101 with top 100 reaches result 10100, beyond the limit of 10000 (page × top). Narrow the search with words or filters instead.", English(error));
    }

    [Fact]
    public void Parse_TheLastPageWithinTheWindow_IsAccepted()
    {
        var request = Parse(new SearchParameters { Page = "100", Top = "100" }).Request;

        Assert.Equal(100, request?.Page);
    }

    [Theory]
    [InlineData("abc", SearchErrorKind.NotAWholeNumber)]
    [InlineData("1.5", SearchErrorKind.NotAWholeNumber)]
    [InlineData("--3", SearchErrorKind.NotAWholeNumber)]
    [InlineData("0", SearchErrorKind.OutOfRange)]
    [InlineData("-1", SearchErrorKind.OutOfRange)]
    [InlineData("101", SearchErrorKind.OutOfRange)]
    public void Parse_BadTop_SaysWhatIsWrong(string top, SearchErrorKind kind)
    {
        var error = SingleError(new SearchParameters { Top = top });

        Assert.Equal((SearchParameter.Top, kind), (error.Parameter, error.Kind));
        Assert.Contains("from 1 to 100", English(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QueryOfTooManyCharacters_NamesTheLimit()
    {
        var error = SingleError(new SearchParameters { Query = new string('a', 7_900) });

        Assert.Equal(SearchErrorKind.QueryTooLong, error.Kind);
        Assert.Equal("q: the query has 7900 characters, more than the limit of 500. Use fewer or shorter words.", English(error));
    }

    [Fact]
    public void Parse_QueryOfTooManyWords_NamesTheLimit()
    {
        var error = SingleError(new SearchParameters { Query = string.Join(' ', Enumerable.Repeat("lasser", 40)) });

        Assert.Equal(SearchErrorKind.QueryTooManyWords, error.Kind);
        Assert.Contains("40 words, more than the limit of 32", English(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QueryAtTheLimits_IsAccepted()
    {
        var words = string.Join(' ', Enumerable.Repeat("Schweißer", SearchLimits.MaxQueryWords));

        Assert.NotNull(Parse(new SearchParameters { Query = words }).Request);
    }

    [Fact]
    public void Parse_TooManyListValues_NamesTheLimit()
    {
        var error = SingleError(new SearchParameters { Country = [string.Join(',', Enumerable.Repeat("NL", 51))] });

        Assert.Equal((SearchParameter.Country, SearchErrorKind.TooManyValues), (error.Parameter, error.Kind));
        Assert.Contains("51 values given, more than the limit of 50", English(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("NLD")]
    [InlineData("Nederland")]
    public void Parse_UnknownCountry_IsAnErrorNotAnEmptyResult(string country)
    {
        var error = SingleError(new SearchParameters { Country = ["NL", country] });

        Assert.Equal(SearchErrorKind.UnknownCountry, error.Kind);
        Assert.Equal($"country: \"{country}\" is not an ISO 3166-1 country code; use two letters such as NL, DE or BE.", English(error));
    }

    [Theory]
    [InlineData("-1", SearchErrorKind.OutOfRange)]
    [InlineData("1000001", SearchErrorKind.OutOfRange)]
    [InlineData("vierduizend", SearchErrorKind.NotANumber)]
    [InlineData("4,000", SearchErrorKind.NotANumber)]
    public void Parse_BadMinSalary_IsRefused(string amount, SearchErrorKind kind)
    {
        var error = SingleError(new SearchParameters { MinSalary = amount });

        Assert.Equal((SearchParameter.MinSalary, kind), (error.Parameter, error.Kind));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1001")]
    public void Parse_RadiusNotPositiveOrAbsurd_IsRefused(string radius)
    {
        var error = SingleError(new SearchParameters { Near = "Venlo", Radius = radius });

        Assert.Equal((SearchParameter.Radius, SearchErrorKind.NotPositive), (error.Parameter, error.Kind));
        Assert.Contains("greater than 0 and at most 1000 km", English(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    public void Parse_RadiusNotANumber_IsRefused(string radius)
    {
        var error = SingleError(new SearchParameters { Near = "Venlo", Radius = radius });

        Assert.Equal(SearchErrorKind.NotANumber, error.Kind);
    }

    [Fact]
    public void Parse_RadiusWithoutNear_NamesTheMissingParameterAsEachSurfaceSpellsIt()
    {
        var error = SingleError(new SearchParameters { Radius = "30" });

        Assert.Equal("radius needs near: a place to measure the distance from.", English(error));
        Assert.Equal("--radius braucht --near: einen Ort, von dem aus die Entfernung gemessen wird.",
            SearchMessages.Describe(error, "de", parameter => "--" + parameter.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("de:B7")]
    [InlineData("duits:B1")]
    [InlineData("de")]
    [InlineData("de:3")]
    public void Parse_BadSpeaks_IsRefused(string speaks)
    {
        Assert.Equal(SearchErrorKind.BadSpeaks, SingleError(new SearchParameters { Speaks = [speaks] }).Kind);
    }

    [Theory]
    [InlineData("01-11-2026")]
    [InlineData("2026-02-30")]
    [InlineData("gisteren")]
    public void Parse_BadDate_IsRefused(string since)
    {
        Assert.Equal(SearchErrorKind.BadDate, SingleError(new SearchParameters { Since = since }).Kind);
    }

    [Theory]
    [InlineData("40-32")]
    [InlineData("veertig")]
    [InlineData("20-200")]
    public void Parse_BadHours_IsRefused(string hours)
    {
        Assert.Equal(SearchErrorKind.BadHours, SingleError(new SearchParameters { Hours = hours }).Kind);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEachOfThem()
    {
        var parsed = Parse(new SearchParameters { Country = ["XX"], MinSalary = "-1", Page = "abc", UiLanguage = "es", Near = "Nergenshuizen" });

        Assert.Equal(
            [SearchParameter.Country, SearchParameter.UiLanguage, SearchParameter.MinSalary, SearchParameter.Page, SearchParameter.Near],
            parsed.Errors.Select(error => error.Parameter!.Value));
    }

    [Theory]
    [InlineData("nl", "country: \"XX\" is geen ISO 3166-1-landcode; gebruik twee letters zoals NL, DE of BE.")]
    [InlineData("de", "country: „XX“ ist kein Ländercode nach ISO 3166-1; verwenden Sie zwei Buchstaben wie NL, DE oder BE.")]
    [InlineData("fr", "country : « XX » n'est pas un code pays ISO 3166-1 ; utilisez deux lettres comme NL, DE ou BE.")]
    [InlineData("es", "country: \"XX\" is not an ISO 3166-1 country code; use two letters such as NL, DE or BE.")]
    public void Describe_InEachLanguage_WordsTheError(string language, string expected)
    {
        var error = SingleError(new SearchParameters { Country = ["XX"] });

        Assert.Equal(expected, SearchMessages.Describe(error, language, SearchQueryParameters.Name));
    }

    [Fact]
    public void Describe_EveryKindInEveryLanguage_HasItsOwnWordsAndFillsEveryPlaceholder()
    {
        foreach (var kind in Enum.GetValues<SearchErrorKind>())
        {
            var error = new SearchRequestError(SearchParameter.Page, kind, ["v1", "v2", "v3", "v4"], SearchParameter.Top);
            var texts = UiLanguages.All.Select(language => SearchMessages.Describe(error, language, SearchQueryParameters.Name)).ToList();

            Assert.Equal(4, texts.Distinct(StringComparer.Ordinal).Count());
            Assert.All(texts, text => Assert.DoesNotContain("{", text, StringComparison.Ordinal));
        }
    }
}
