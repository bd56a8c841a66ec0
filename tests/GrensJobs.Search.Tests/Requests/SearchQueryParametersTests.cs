using GrensJobs.Search.Requests;
using Microsoft.Extensions.Primitives;

namespace GrensJobs.Search.Tests.Requests;

/// <summary>The HTTP names of CONTRACTS.md "Search": exactly those, each single value once.</summary>
public sealed class SearchQueryParametersTests
{
    private static (SearchParameters Parameters, IReadOnlyList<SearchRequestError> Errors) Read(params (string Name, string[] Values)[] query) =>
        SearchQueryParameters.Read(query.Select(item => new KeyValuePair<string, StringValues>(item.Name, item.Values)));

    [Fact]
    public void Read_TheContractNames_FillsTheParameters()
    {
        var (parameters, errors) = Read(("q", ["lasser"]), ("minSalary", ["2900"]), ("uiLang", ["de"]), ("country", ["NL,DE", "BE"]));

        Assert.Empty(errors);
        Assert.Equal(("lasser", "2900", "de"), (parameters.Query, parameters.MinSalary, parameters.UiLanguage));
        Assert.Equal(["NL,DE", "BE"], parameters.Country);
    }

    [Theory]
    [InlineData("min-salary", "did you mean minSalary?")]
    [InlineData("ui-lang", "did you mean uiLang?")]
    [InlineData("radious", "did you mean radius?")]
    [InlineData("werkgever", "use q, near, radius, country, euregio, nuts3, occupation, contract, hours, since, remote, minSalary, speaks, sort, top, page, uiLang.")]
    public void Read_AnUnknownName_IsAnErrorNamingIt(string name, string advice)
    {
        var (_, errors) = Read(("q", ["lasser"]), (name, ["5"]));

        var error = Assert.Single(errors);
        Assert.Null(error.Parameter);
        var text = SearchMessages.Describe(error, "en", SearchQueryParameters.Name);
        Assert.StartsWith($"\"{name}\" is not a search parameter; ", text, StringComparison.Ordinal);
        Assert.EndsWith(advice, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ASingleValueTwice_IsAnError()
    {
        var (_, errors) = Read(("radius", ["5", "10"]));

        Assert.Equal("radius is given more than once; give it once.", SearchMessages.Describe(Assert.Single(errors), "en", SearchQueryParameters.Name));
    }
}
