namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class OccupationLinkerTests
{
    [Theory]
    [InlineData("Lagerleiter (m/w/d)", "de", "1324")]
    [InlineData("Lagerist (m/w/d)", "de", "9333")]
    [InlineData("Magazijnchef", "nl", "1324")]
    [InlineData("Magazijnmedewerker", "nl", "9333")]
    [InlineData("Elektroniker für Betriebstechnik (m/w/d)", "de", "7411")]
    [InlineData("Elektroingenieur (m/w/d)", "de", "2151")]
    [InlineData("Verkoopmedewerker", "nl", "5223")]
    [InlineData("Schweißer (m/w/d)", "de", "7212")]
    [InlineData("lasser", "nl", "7212")]
    [InlineData("soudeur", "fr", "7212")]
    public void Link_DecoyPairs_KeepTheirOwnUnitGroup(string title, string language, string isco)
    {
        var match = LinkerFixture.Linker.Link(title, null, language, null);

        Assert.NotNull(match);
        Assert.Equal(isco, match.Isco);
    }

    [Theory]
    [InlineData("Maurer (m/w/d) Hochbau", "de", "7112")]
    [InlineData("Timmerman nieuwbouw", "nl", "7115")]
    [InlineData("Medewerker bouw", "nl", "9313")]
    [InlineData("Helfer/in - Lager", "de", "9333")]
    [InlineData("Mitarbeiter/in Produktion", "de", "9329")]
    public void Link_HeadFirstAndGenericHeadTitles_FollowTheirHeadOrField(string title, string language, string isco)
    {
        var match = LinkerFixture.Linker.Link(title, null, language, null);

        Assert.NotNull(match);
        Assert.Equal(isco, match.Isco);
    }

    [Fact]
    public void Link_GenericHeadWithUnknownField_HasLowConfidence()
    {
        var match = LinkerFixture.Linker.Link("Medewerker qwertyzorg", null, "nl", "NL");

        Assert.True(match is null || match.Confidence <= 0.55, $"confidence {match?.Confidence}");
    }

    [Theory]
    [InlineData("Werken bij ons!", "nl")]
    [InlineData("Mitarbeiter (m/w/d)", "de")]
    [InlineData("Collega gezocht", "nl")]
    public void Link_TitleWithoutOccupation_ReturnsNull(string title, string language)
    {
        Assert.Null(LinkerFixture.Linker.Link(title, null, language, null));
    }

    [Fact]
    public void Link_SchweisserVariants_ShareConceptAndKeepEscoLabels()
    {
        var linker = LinkerFixture.Linker;

        var de = linker.Link("Schweißer (m/w/d)", null, "de", "DE");
        var nl = linker.Link("Lasser (m/v/x)", null, "nl", "NL");

        Assert.NotNull(de);
        Assert.NotNull(nl);
        Assert.Equal(de.Esco, nl.Esco);
        Assert.Equal("Schweißer/Schweißerin", de.Label["de"]);
        Assert.Equal("welder", de.Label["en"]);
        Assert.InRange(de.Confidence, 0.9, 1.0);
    }

    [Fact]
    public void Link_VagueTitleWithDescription_UsesDescription()
    {
        var match = LinkerFixture.Linker.Link(
            "Medewerker (m/v/x)", "Als heftruckchauffeur laad en los je vrachtwagens.", "nl", "NL");

        Assert.NotNull(match);
        Assert.Equal("8344", match.Isco);
    }
}
