using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Feeds;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class BaMapperTests
{
    [Fact]
    public void Read_SpecRecord_MapsEveryFieldByTheRules()
    {
        var result = ProfileFormats.Ba.ReadRecord(FeedFixtures.Text("ba-record-personal.json"), 1);

        Assert.Null(result.Error);
        var profile = result.Profile!;
        Assert.Equal("10000-1187654321-B", profile.Id);
        Assert.Equal("Fachkraft - Lagerlogistik", profile.DesiredOccupations[0].Title);
        Assert.Equal(new NationalOccupationCode("kldb2010", "51312"), profile.DesiredOccupations[0].NationalCode);
        Assert.Equal("Berufskraftfahrer (m/w/d)", profile.DesiredOccupations[1].Title);
        Assert.Equal(["Gabelstapler fahren", "Kommissionierung", "Führerschein CE"], profile.Skills);
        Assert.Equal(
            [new LanguageSkill("de", CefrLevel.C2), new LanguageSkill("nl", CefrLevel.A2), new LanguageSkill("en", CefrLevel.B1)],
            profile.Languages);
        Assert.Equal(new ProfileHome { PostalCode = "47623", Place = "Kevelaer", Country = "DE" }, profile.Home);
        Assert.Equal(50, profile.MaxCommuteKm);
        Assert.Equal(35m, profile.HoursPerWeek!.Min);
        Assert.Equal(40m, profile.HoursPerWeek.Max);
        Assert.Equal(4, profile.Education!.Eqf);
        Assert.Equal(new DateOnly(2027, 1, 1), profile.AvailableFrom);
    }

    [Fact]
    public void Read_RecordFullOfPersonalData_NoneOfItReachesTheProfile()
    {
        var profile = ProfileFormats.Ba.Read(FeedFixtures.Text("ba-record-personal.json")).Profile!;

        var stored = FeedFixtures.Serialised(profile);
        foreach (var personal in new[] { "Jürgen", "J\\u00FCrgen", "Schäfer", "Großmann", "Frau", "j.schaefer-grossmann@example.de", "+49 2832 977310", "1979-11-23", "Hauptstraße", "Hauptstra" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Grundkenntnisse", CefrLevel.A2)]
    [InlineData("Erweiterte Kenntnisse", CefrLevel.B2)]
    [InlineData("expertenkenntnisse", CefrLevel.C1)]
    [InlineData("Muttersprache", CefrLevel.C2)]
    [InlineData("B1", CefrLevel.B1)]
    public void Read_LanguageLevelWord_MapsToCefr(string stufe, CefrLevel level)
    {
        var result = ProfileFormats.Ba.Read(WithBase($$"""{"sprachkenntnisse": [{"sprache": "nl", "stufe": "{{stufe}}"}]}"""));

        Assert.Equal([new LanguageSkill("nl", level)], result.Profile!.Languages);
    }

    [Theory]
    [InlineData("""{"vollzeit": true, "teilzeit": false}""", 35, 40)]
    [InlineData("""{"vollzeit": false, "teilzeit": true}""", 15, 30)]
    [InlineData("""{"vollzeit": true, "teilzeit": true}""", 15, 40)]
    [InlineData("""{"vollzeit": true, "teilzeit": false, "stundenMin": 30, "stundenMax": 38}""", 30, 38)]
    [InlineData("""{"teilzeit": true, "stundenMin": 19.5, "stundenMax": 25}""", 19.5, 25)]
    public void Read_Arbeitszeit_ExplicitHoursWinElseFullOrPartTime(string arbeitszeit, double min, double max)
    {
        var result = ProfileFormats.Ba.Read(WithBase($$"""{"arbeitszeit": {{arbeitszeit}}}"""));

        Assert.Equal((decimal)min, result.Profile!.HoursPerWeek!.Min);
        Assert.Equal((decimal)max, result.Profile.HoursPerWeek.Max);
    }

    [Fact]
    public void Read_NeitherFullNorPartTime_HasNoHours()
    {
        var result = ProfileFormats.Ba.Read(WithBase("""{"arbeitszeit": {"vollzeit": false, "teilzeit": false}}"""));

        Assert.Null(result.Profile!.HoursPerWeek);
    }

    [Theory]
    [InlineData("ohne Abschluss", 1)]
    [InlineData("Hauptschulabschluss", 2)]
    [InlineData("Mittlere Reife", 3)]
    [InlineData("Abitur", 4)]
    [InlineData("Berufsausbildung", 4)]
    [InlineData("Meister", 6)]
    [InlineData("Techniker", 6)]
    [InlineData("Bachelor", 6)]
    [InlineData("Master", 7)]
    [InlineData("Promotion", 8)]
    public void Read_Bildungsabschluss_MapsToEqf(string abschluss, int eqf)
    {
        var result = ProfileFormats.Ba.Read(WithBase($$"""{"bildungsabschluss": "{{abschluss}}"}"""));

        Assert.Equal(eqf, result.Profile!.Education!.Eqf);
    }

    [Theory]
    [InlineData("""{"sprachkenntnisse": [{"sprache": "de", "stufe": "fließend"}]}""", "\"sprachkenntnisse[0].stufe\" must be Grundkenntnisse, Erweiterte Kenntnisse, Expertenkenntnisse, Muttersprache or a CEFR level A1–C2, got \"fließend\"")]
    [InlineData("""{"sprachkenntnisse": [{"sprache": "Deutsch", "stufe": "Muttersprache"}]}""", "\"sprachkenntnisse[0].sprache\" must be an ISO 639-1 language code")]
    [InlineData("""{"sprachkenntnisse": [{"sprache": "de"}]}""", "\"sprachkenntnisse[0].stufe\" is required")]
    [InlineData("""{"bildungsabschluss": "Fachabitur"}""", "\"bildungsabschluss\" must be one of \"ohne Abschluss\"")]
    [InlineData("""{"arbeitszeit": {"vollzeit": "ja"}}""", "\"arbeitszeit.vollzeit\" must be true or false, got string \"ja\"")]
    [InlineData("""{"arbeitszeit": {"stundenMin": 45, "stundenMax": 30}}""", "\"arbeitszeit.stundenMin\" (45) must not exceed \"arbeitszeit.stundenMax\" (30)")]
    [InlineData("""{"mobilitaet": {"umkreisKm": 12.5}}""", "\"mobilitaet.umkreisKm\" must be a whole number, got number 12.5")]
    [InlineData("""{"berufe": [{"kldb2010": "51312"}]}""", "\"berufe[0].bezeichnung\" is required")]
    [InlineData("""{"berufe": [null]}""", "\"berufe[0]\" must be an object, got null")]
    [InlineData("""{"verfuegbarAb": "1.1.2027"}""", "\"verfuegbarAb\" must be an ISO 8601 date")]
    [InlineData("""{"refnr": "  "}""", "\"refnr\" is required")]
    public void Read_BadField_NamesTheFieldAndWhy(string change, string expected)
    {
        var result = ProfileFormats.Ba.ReadRecord(WithBase(change), 2);

        Assert.Null(result.Profile);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    private static string WithBase(string change) => FeedFixtures.Changed("ba-record-personal.json", change);
}
