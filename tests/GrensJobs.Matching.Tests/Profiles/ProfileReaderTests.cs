using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Tests.Profiles;

public sealed class ProfileReaderTests
{
    [Fact]
    public void Read_ContractExample_ReadsEveryField()
    {
        const string line = """
            {"id": "p-1001", "desiredOccupations": [{"isco": "7212"}, {"esco": "http://data.europa.eu/esco/occupation/8ab1b4c6-9b0b-4b1c-9b0a-2c3e2a0e6b1f"},
             {"title": "lasser"}], "skills": ["MIG/MAG lassen", "heftlassen"],
             "languages": [{"language": "nl", "level": "C2"}, {"language": "de", "level": "B1"}],
             "home": {"postalCode": "5911", "place": "Venlo", "country": "NL"}, "maxCommuteKm": 40,
             "hoursPerWeek": {"min": 32, "max": 40}, "education": {"eqf": 3}, "availableFrom": "2026-12-01"}
            """;

        var result = ProfileReader.Read(line);

        Assert.Null(result.Error);
        var profile = result.Profile!;
        Assert.Equal("p-1001", profile.Id);
        Assert.Equal("7212", profile.DesiredOccupations[0].Isco);
        Assert.StartsWith("http://data.europa.eu/esco/occupation/", profile.DesiredOccupations[1].Esco, StringComparison.Ordinal);
        Assert.Equal("lasser", profile.DesiredOccupations[2].Title);
        Assert.Equal(["MIG/MAG lassen", "heftlassen"], profile.Skills);
        Assert.Contains(new LanguageSkill("de", CefrLevel.B1), profile.Languages);
        Assert.Equal("Venlo", profile.Home!.Place);
        Assert.Equal("NL", profile.Home.Country);
        Assert.Equal(40, profile.MaxCommuteKm);
        Assert.Equal(32m, profile.HoursPerWeek!.Min);
        Assert.Equal(3, profile.Education!.Eqf);
        Assert.Equal(new DateOnly(2026, 12, 1), profile.AvailableFrom);
    }

    [Theory]
    [InlineData("""{"desiredOccupations": [{"isco": "7212"}]}""", "\"id\" is required")]
    [InlineData("""{"id": "p-1", "desiredOccupations": []}""", "\"desiredOccupations\" needs at least one item")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{"isco": "72a"}]}""", "\"desiredOccupations[0].isco\" must be an ISCO-08 code")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{}]}""", "\"desiredOccupations[0]\" needs one of")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{"title": "lasser"}], "languages": [{"language": "de", "level": "B3"}]}""", "\"languages[0].level\" must be a CEFR level A1–C2")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{"title": "lasser"}], "languages": [{"language": "deutsch", "level": "B1"}]}""", "\"languages[0].language\" must be an ISO 639-1 code")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{"title": "lasser"}], "maxCommuteKm": "40"}""", "\"maxCommuteKm\" must be a number, got string \"40\"")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{"title": "lasser"}], "hoursPerWeek": {"min": 40, "max": 20}}""", "\"hoursPerWeek.min\" (40) must not exceed")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{"title": "lasser"}], "availableFrom": "1.12.2026"}""", "\"availableFrom\" must be an ISO 8601 date")]
    [InlineData("""{"id": "p-1", "desiredOccupations": [{"title": "lasser"}], "home": {"country": "Nederland"}}""", "\"home.country\" must be an ISO 3166-1 alpha-2 code")]
    [InlineData("""[1, 2]""", "a profile must be a JSON object")]
    [InlineData("""{"id": "p-1", """, "not valid JSON")]
    public void Read_BadRecord_NamesTheFieldAndWhy(string line, string expected)
    {
        var result = ProfileReader.Read(line);

        Assert.Null(result.Profile);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NamesAndContactDetails_AreNeverRead()
    {
        var result = ProfileReader.Read("""
            {"id": "p-2", "name": "Jan de Vries", "email": "jan@example.nl", "phone": "+31 77 123 4567",
             "desiredOccupations": [{"title": "Fachkraft - Lagerlogistik", "nationalCode": {"system": "kldb2010", "code": "51312"}}]}
            """);

        var profile = result.Profile!;
        var json = System.Text.Json.JsonSerializer.Serialize(profile, Core.Json.GrensJobsJsonContext.Default.JobseekerProfile);
        Assert.DoesNotContain("Jan", json, StringComparison.Ordinal);
        Assert.DoesNotContain("example.nl", json, StringComparison.Ordinal);
        Assert.Equal(new NationalOccupationCode("kldb2010", "51312"), profile.DesiredOccupations[0].NationalCode);
    }

    [Fact]
    public void Read_LanguageTwice_KeepsTheBetterLevel()
    {
        var profile = ProfileReader.Read("""
            {"id": "p-3", "desiredOccupations": [{"isco": "9321"}],
             "languages": [{"language": "de", "level": "A2"}, {"language": "DE", "level": "b2"}]}
            """).Profile!;

        Assert.Equal([new LanguageSkill("de", CefrLevel.B2)], profile.Languages);
    }
}
