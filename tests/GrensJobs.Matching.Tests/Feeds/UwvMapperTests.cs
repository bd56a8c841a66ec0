using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Feeds;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class UwvMapperTests
{
    [Fact]
    public void Read_SpecRecord_MapsEveryFieldByTheRules()
    {
        var result = ProfileFormats.Uwv.ReadRecord(FeedFixtures.Text("uwv-record-personal.json"), 1);

        Assert.Null(result.Error);
        var profile = result.Profile!;
        Assert.Equal("UWV-2026-004711", profile.Id);
        Assert.Equal("UWV-2026-004711", result.RecordId);
        Assert.Equal("Medewerker magazijn", profile.DesiredOccupations[0].Title);
        Assert.Equal(new NationalOccupationCode("bo", "1402"), profile.DesiredOccupations[0].NationalCode);
        Assert.Equal("Heftruckchauffeur", profile.DesiredOccupations[1].Title);
        Assert.Null(profile.DesiredOccupations[0].Isco);
        Assert.Equal(["heftruckcertificaat", "orderpicken"], profile.Skills);
        Assert.Equal([new LanguageSkill("nl", CefrLevel.C2), new LanguageSkill("de", CefrLevel.A2)], profile.Languages);
        Assert.Equal("5911", profile.Home!.PostalCode);
        Assert.Equal("Venlo", profile.Home.Place);
        Assert.Equal("NL", profile.Home.Country);
        Assert.Equal(40, profile.MaxCommuteKm);
        Assert.Equal(32m, profile.HoursPerWeek!.Min);
        Assert.Equal(40m, profile.HoursPerWeek.Max);
        Assert.Equal(2, profile.Education!.Eqf);
        Assert.Equal(new DateOnly(2026, 12, 1), profile.AvailableFrom);
    }

    [Fact]
    public void Read_RecordFullOfPersonalData_NoneOfItReachesTheProfile()
    {
        var profile = ProfileFormats.Uwv.Read(FeedFixtures.Text("uwv-record-personal.json")).Profile!;

        var stored = FeedFixtures.Serialised(profile);
        foreach (var personal in new[] { "Joost", "Heijden", "Marinus", "joost.vanderheijden@example.nl", "+31 6 12345678", "1988-04-02", "123456782", "Parade", "12a", "5911 AB" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"talen": [{"taalcode": "de", "mondeling": "B1"}]}""", "de", CefrLevel.B1)]
    [InlineData("""{"talen": [{"taalcode": "de", "schriftelijk": "B2"}]}""", "de", CefrLevel.B2)]
    [InlineData("""{"talen": [{"taalcode": "fr", "mondeling": "A2", "schriftelijk": "B2"}]}""", "fr", CefrLevel.A2)]
    [InlineData("""{"talen": [{"taalcode": "DE", "mondeling": "c1", "schriftelijk": "C2"}]}""", "de", CefrLevel.C1)]
    public void Read_SpokenAndWrittenLevels_TakesTheLowerOrTheOneGiven(string talen, string language, CefrLevel level)
    {
        var result = ProfileFormats.Uwv.Read(WithBase(talen));

        Assert.Equal([new LanguageSkill(language, level)], result.Profile!.Languages);
    }

    [Theory]
    [InlineData("basisonderwijs", 1)]
    [InlineData("vmbo", 2)]
    [InlineData("mbo-1", 1)]
    [InlineData("mbo-3", 3)]
    [InlineData("mbo-4", 4)]
    [InlineData("havo", 4)]
    [InlineData("vwo", 4)]
    [InlineData("hbo-ad", 5)]
    [InlineData("hbo-bachelor", 6)]
    [InlineData("wo-bachelor", 6)]
    [InlineData("hbo-master", 7)]
    [InlineData("wo-master", 7)]
    [InlineData("doctoraat", 8)]
    public void Read_EducationLevel_MapsToEqf(string level, int eqf)
    {
        var result = ProfileFormats.Uwv.Read(WithBase($$"""{"opleidingsniveau": "{{level}}"}"""));

        Assert.Equal(eqf, result.Profile!.Education!.Eqf);
    }

    [Theory]
    [InlineData("""{"talen": [{"taalcode": "nl", "mondeling": "C2"}, {"taalcode": "de", "mondeling": "B3", "schriftelijk": "B1"}]}""", "\"talen[1].mondeling\" must be a CEFR level A1–C2, got \"B3\"")]
    [InlineData("""{"talen": [{"taalcode": "duits", "mondeling": "B1"}]}""", "\"talen[0].taalcode\" must be an ISO 639-1 language code")]
    [InlineData("""{"talen": [{"taalcode": "de"}]}""", "\"talen[0]\" needs a level in \"mondeling\" or \"schriftelijk\"")]
    [InlineData("""{"opleidingsniveau": "mbo-5"}""", "\"opleidingsniveau\" must be one of \"basisonderwijs\"")]
    [InlineData("""{"maxReisafstandKm": "40"}""", "\"maxReisafstandKm\" must be a whole number, got string \"40\"")]
    [InlineData("""{"maxReisafstandKm": 4000}""", "\"maxReisafstandKm\" must be between 0 and 1000 km")]
    [InlineData("""{"urenPerWeek": {"minimaal": 40, "maximaal": 24}}""", "\"urenPerWeek.minimaal\" (40) must not exceed \"urenPerWeek.maximaal\" (24)")]
    [InlineData("""{"beschikbaarPer": "01-12-2026"}""", "\"beschikbaarPer\" must be an ISO 8601 date")]
    [InlineData("""{"woonplaats": {"postcode": "5911 AB", "landcode": "Nederland"}}""", "\"woonplaats.landcode\" must be an ISO 3166-1 alpha-2 country code")]
    [InlineData("""{"woonplaats": "Venlo"}""", "\"woonplaats\" must be an object, got string \"Venlo\"")]
    [InlineData("""{"gewensteBeroepen": [{"beroepscode": "1402", "codelijst": "BO"}]}""", "\"gewensteBeroepen[0].beroepsnaam\" is required")]
    [InlineData("""{"gewensteBeroepen": []}""", "\"gewensteBeroepen\" needs at least one occupation")]
    [InlineData("""{"vaardigheden": "orderpicken"}""", "\"vaardigheden\" must be an array, got string \"orderpicken\"")]
    [InlineData("""{"profielId": null}""", "\"profielId\" is required")]
    public void Read_BadField_NamesTheFieldAndWhy(string change, string expected)
    {
        var result = ProfileFormats.Uwv.ReadRecord(WithBase(change), 3);

        Assert.Null(result.Profile);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRecord_BadRecord_LocatesItByPositionAndId()
    {
        var result = ProfileFormats.Uwv.ReadRecord(
            WithBase("""{"talen": [{"taalcode": "nl", "mondeling": "C2"}, {"taalcode": "de", "mondeling": "B3"}]}"""), 3);

        Assert.Equal("record 3 (UWV-2026-004711): \"talen[1].mondeling\" must be a CEFR level A1–C2, got \"B3\"", result.LocatedError);
        Assert.Equal("line 3 (UWV-2026-004711): \"talen[1].mondeling\" must be a CEFR level A1–C2, got \"B3\"", result.Locate("line"));
    }

    private static string WithBase(string change) => FeedFixtures.Changed("uwv-record-personal.json", change);
}
