using GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

namespace GrensJobs.Crawlers.Tests.EmploymentServices;

public sealed class JobsucheMapperTests
{
    [Theory]
    [InlineData("Deutschland", "DE")]
    [InlineData("Niederlande", "NL")]
    [InlineData("Belgien", "BE")]
    [InlineData(" Luxemburg ", "LU")]
    [InlineData("nl", "NL")]
    [InlineData("Atlantis", null)]
    [InlineData("", null)]
    public void Country_GermanCountryName_GivesIsoCode(string land, string? expected) =>
        Assert.Equal(expected, JobsucheMapper.Country(land));

    [Fact]
    public void Map_ItemWithoutRefnr_GivesNothing()
    {
        var item = new JobsucheListItem { Titel = "Elektriker (m/w/d)", Arbeitgeber = "Elektro Gronau GmbH" };
        var definition = FeedTestKit.Definition(GrensJobs.Crawlers.Sources.SourceKinds.Bundesagentur, "https://rest.example.de/");

        Assert.Null(JobsucheMapper.Map(item, detail: null, definition));
    }
}
