using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching.Feeds;

namespace GrensJobs.Matching.Tests.Feeds;

public sealed class VdabMapperTests
{
    [Fact]
    public void Read_SpecRecord_MapsEveryFieldByTheRules()
    {
        var result = ProfileFormats.Vdab.ReadRecord(FeedFixtures.Text("vdab-record-personal.json"), 1);

        Assert.Null(result.Error);
        var profile = result.Profile!;
        Assert.Equal("VDAB-0002417", profile.Id);
        Assert.Equal("Magazijnier (m/v/x)", profile.DesiredOccupations[0].Title);
        Assert.Equal(new NationalOccupationCode("competent", "N1103-01"), profile.DesiredOccupations[0].NationalCode);
        Assert.Equal("Opérateur de production (h/f/x)", profile.DesiredOccupations[1].Title);
        Assert.Equal(new NationalOccupationCode("competent", "H2909-01"), profile.DesiredOccupations[1].NationalCode);
        Assert.Equal(["Reachtruck", "Orderpicking"], profile.Skills);
        Assert.Equal(
            [new LanguageSkill("nl", CefrLevel.C2), new LanguageSkill("fr", CefrLevel.B2), new LanguageSkill("de", CefrLevel.A2)],
            profile.Languages);
        Assert.Equal(new ProfileHome { PostalCode = "3600", Place = "Genk", Country = "BE" }, profile.Home);
        Assert.Equal(30, profile.MaxCommuteKm);
        Assert.Equal(36m, profile.HoursPerWeek!.Min);
        Assert.Equal(38m, profile.HoursPerWeek.Max);
        Assert.Equal(4, profile.Education!.Eqf);
        Assert.Equal(new DateOnly(2026, 12, 15), profile.AvailableFrom);
    }

    [Fact]
    public void Read_RecordFullOfPersonalData_NoneOfItReachesTheProfile()
    {
        var profile = ProfileFormats.Vdab.Read(FeedFixtures.Text("vdab-record-personal.json")).Profile!;

        var stored = FeedFixtures.Serialised(profile);
        foreach (var personal in new[] { "Fran", "Vandenbroucke", "85.07.30-033.61", "1985-07-30", "francoise.vandenbroucke@example.be", "+32 470 12 34 56", "Stationsstraat" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("basis", CefrLevel.A2)]
    [InlineData("redelijk", CefrLevel.B1)]
    [InlineData("goed", CefrLevel.B2)]
    [InlineData("zeer goed", CefrLevel.C1)]
    [InlineData("Zeer  goed", CefrLevel.C1)]
    [InlineData("moedertaal", CefrLevel.C2)]
    [InlineData("C1", CefrLevel.C1)]
    public void Read_LanguageLevelWord_MapsToCefr(string niveau, CefrLevel level)
    {
        var result = ProfileFormats.Vdab.Read(WithBase($$"""{"talenkennis": [{"taal": "de", "niveau": "{{niveau}}"}]}"""));

        Assert.Equal([new LanguageSkill("de", level)], result.Profile!.Languages);
    }

    [Theory]
    [InlineData("""{"arbeidsregime": "voltijds"}""", 36, 38)]
    [InlineData("""{"arbeidsregime": "deeltijds"}""", 18, 30)]
    [InlineData("""{"arbeidsregime": "beide"}""", 18, 38)]
    [InlineData("""{"arbeidsregime": "voltijds", "urenPerWeek": {"min": 30, "max": 40}}""", 30, 40)]
    public void Read_Arbeidsregime_ExplicitHoursWinElseBelgianFullOrPartTime(string change, double min, double max)
    {
        var result = ProfileFormats.Vdab.Read(WithBase(change));

        Assert.Equal((decimal)min, result.Profile!.HoursPerWeek!.Min);
        Assert.Equal((decimal)max, result.Profile.HoursPerWeek.Max);
    }

    [Theory]
    [InlineData("lager onderwijs", 1)]
    [InlineData("secundair onderwijs 2de graad", 2)]
    [InlineData("secundair onderwijs", 4)]
    [InlineData("hoger beroepsonderwijs", 5)]
    [InlineData("bachelor", 6)]
    [InlineData("master", 7)]
    [InlineData("doctoraat", 8)]
    public void Read_Studieniveau_MapsToEqf(string studieniveau, int eqf)
    {
        var result = ProfileFormats.Vdab.Read(WithBase($$"""{"studieniveau": "{{studieniveau}}"}"""));

        Assert.Equal(eqf, result.Profile!.Education!.Eqf);
    }

    [Theory]
    [InlineData("""{"talenkennis": [{"taal": "nl", "niveau": "vloeiend"}]}""", "\"talenkennis[0].niveau\" must be basis, redelijk, goed, zeer goed, moedertaal or a CEFR level A1–C2, got \"vloeiend\"")]
    [InlineData("""{"arbeidsregime": "halftijds"}""", "\"arbeidsregime\" must be \"voltijds\", \"deeltijds\" or \"beide\", got \"halftijds\"")]
    [InlineData("""{"studieniveau": "universiteit"}""", "\"studieniveau\" must be one of \"lager onderwijs\"")]
    [InlineData("""{"urenPerWeek": {"min": 18, "max": 90}}""", "\"urenPerWeek.max\" must be between 0 and 80 hours a week, got 90")]
    [InlineData("""{"adres": {"postcode": 3600}}""", "\"adres.postcode\" must be a string, got number 3600")]
    [InlineData("""{"beroepen": [{"competentCode": "N1103-01", "omschrijving": " "}]}""", "\"beroepen[0].omschrijving\" is required")]
    [InlineData("""{"werkzoekendeId": 2417}""", "\"werkzoekendeId\" must be a string, got number 2417")]
    public void Read_BadField_NamesTheFieldAndWhy(string change, string expected)
    {
        var result = ProfileFormats.Vdab.ReadRecord(WithBase(change), 7);

        Assert.Null(result.Profile);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    private static string WithBase(string change) => FeedFixtures.Changed("vdab-record-personal.json", change);
}
