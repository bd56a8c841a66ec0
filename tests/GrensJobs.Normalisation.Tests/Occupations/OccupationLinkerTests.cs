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
    [InlineData("Lagerleiter (m/w/d)", "Müller Logistik GmbH", "Müller Logistik GmbH in Geldern sucht Verstärkung. Führung eines Teams von 25 Lagermitarbeitern.", "1324")]
    [InlineData("Leiter Kundenservice (m/w/d)", "Schäfer Kundenservice GmbH", "Schäfer Kundenservice GmbH in Ahaus sucht Verstärkung.", null)]
    public void Link_EmployerNamedLikeAnOccupation_IsNotReadAsTheOccupation(string title, string employer, string text, string? isco)
    {
        var match = LinkerFixture.Linker.Link(title, text, "de", "DE", employer);

        Assert.NotEqual("8160", match?.Isco);
        Assert.NotEqual("6121", match?.Isco);
        if (isco is not null)
        {
            Assert.Equal(isco, match?.Isco);
        }
    }

    [Fact]
    public void Link_WeakWorkerTitleWithEngineeringWordsInTheText_StaysWithTheWorkersKindOfWork()
    {
        var match = LinkerFixture.Linker.Link(
            "Monteur elektrotechniek",
            "Van den Berg Elektrotechniek B.V. in Zevenaar zoekt een monteur elektrotechniek. Aanleggen van elektrische installaties in nieuwbouw en renovatie. Schakelkasten aansluiten en storingen verhelpen.",
            "nl", "NL", "Van den Berg Elektrotechniek B.V.");

        Assert.NotNull(match);
        Assert.StartsWith("7", match.Isco, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_WithoutTheEmployer_TheSameTextStillNamesTheMiller()
    {
        // The guard above is the employer's name, not a blind spot: a text that names a miller still does.
        var match = LinkerFixture.Linker.Link("Mitarbeiter (m/w/d)", "Wir suchen einen Müller für unsere Mühle.", "de", "DE", "Rheinmühle GmbH");

        Assert.Equal("8160", match?.Isco);
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
