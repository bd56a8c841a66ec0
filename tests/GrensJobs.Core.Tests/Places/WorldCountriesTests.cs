using GrensJobs.Core.Places;

namespace GrensJobs.Core.Tests.Places;

public sealed class WorldCountriesTests
{
    [Theory]
    [InlineData("New York, NY", "US")]
    [InlineData("Atlanta, Georgia", "US")]
    [InlineData("Remote from the US", "US")]
    [InlineData("London, United Kingdom", "GB")]
    [InlineData("Manchester, UK", "GB")]
    [InlineData("Toronto, Canada", "CA")]
    [InlineData("Zürich, Schweiz", "CH")]
    [InlineData("Mönchengladbach, Deutschland", "DE")]
    [InlineData("Wilmington, DE", "DE")]
    [InlineData("Amsterdam, Noord-Holland, Netherlands", "NL")]
    [InlineData("Liège, Belgique", "BE")]
    [InlineData("Maastricht", null)]
    [InlineData("Den Haag", null)]
    [InlineData("Remote", null)]
    [InlineData("", null)]
    public void FromText_PlaceText_GivesTheCountryItsLastPartNames(string text, string? expected) =>
        Assert.Equal(expected, WorldCountries.FromText(text));

    [Theory]
    [InlineData("us", "US")]
    [InlineData("FRA", "FR")]
    [InlineData("UK", "GB")]
    [InlineData("XX", null)]
    [InlineData("Deutschland", null)]
    public void FromCode_IsoCode_GivesAlpha2(string code, string? expected) =>
        Assert.Equal(expected, WorldCountries.FromCode(code));
}
