using GrensJobs.Core.Dedup;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Tests.Dedup;

public sealed class DuplicateSignatureTests
{
    private const string Text =
        "Für unseren Standort in Kleve suchen wir ab sofort einen Berufskraftfahrer im Nahverkehr. Ihre Aufgaben: " +
        "Auslieferung von Baustoffen an Baustellen im Raum Kleve, Emmerich und Nimwegen, Be- und Entladen mit dem " +
        "Ladekran, Pflege des Fahrzeugs. Ihr Profil: Führerschein CE mit Modul 95, Fahrerkarte, gute Deutschkenntnisse.";

    [Fact]
    public void SimHash_SameTextWithOtherMarkupAndAFooter_IsNear()
    {
        var site = SimHasher.Hash("Berufskraftfahrer (m/w/d) CE", Text);
        var feed = SimHasher.Hash("Berufskraftfahrer/in (m/w/d) CE",
            Text + " Bewerbungen über die Jobbörse der Bundesagentur für Arbeit.");

        Assert.InRange(System.Numerics.BitOperations.PopCount(site ^ feed), 0, DuplicateSignature.MaxDistance);
    }

    [Fact]
    public void SimHash_UnrelatedTexts_AreFarApart()
    {
        var driver = SimHasher.Hash("Berufskraftfahrer (m/w/d) CE", Text);
        var nurse = SimHasher.Hash("Verpleegkundige (m/v/x)",
            "Voor onze afdeling cardiologie in Heerlen zoeken wij een verpleegkundige met een hart voor de zorg. " +
            "Je werkt in wisselende diensten, spreekt vloeiend Nederlands en hebt basiskennis Duits.");

        Assert.True(System.Numerics.BitOperations.PopCount(driver ^ nurse) > DuplicateSignature.MaxDistance);
    }

    [Fact]
    public void SimHash_IsStableAcrossRuns()
    {
        Assert.Equal(SimHasher.Hash("Lasser", "MIG/MAG lassen in Venlo"), SimHasher.Hash("Lasser", "MIG/MAG lassen in Venlo"));
        Assert.NotEqual(0UL, SimHasher.Hash("Lasser", "MIG/MAG lassen in Venlo"));
    }

    [Fact]
    public void Of_VacancyWithoutPlace_HasNoSignature()
    {
        Assert.Null(DuplicateSignature.Of(new Vacancy { Id = "1", Source = "s", Title = "Lasser", Text = "MIG/MAG" }));
    }

    [Fact]
    public void Of_KeyCombinesOccupationPlaceAndCountry()
    {
        var vacancy = new Vacancy
        {
            Id = "1", Source = "s", Title = "Berufskraftfahrer (m/w/d)", Text = Text, Employer = "Spedition Jansen GmbH",
            Location = new VacancyLocation("Kleve", "47533", "DE", 51.79, 6.14, "DEA1B", [Euregios.RheinWaal]),
        };

        var signature = DuplicateSignature.Of(vacancy)!;

        Assert.Equal("t:berufskraftfahrer|kleve|DE", signature.Key);
        Assert.Equal("spedition jansen", signature.EmployerKey);
    }

    [Theory]
    [InlineData("Müller GmbH", "MÜLLER Metallbau GmbH & Co. KG", true)]
    [InlineData("Van den Berg B.V.", "Van den Berg Transport BV", true)]
    [InlineData("Müller GmbH", "Janssen Stahlbau GmbH", false)]
    [InlineData(null, "Janssen Stahlbau GmbH", true)]
    public void EmployerNames_Compatible_AfterLegalFormsAreRemoved(string? left, string? right, bool expected)
    {
        Assert.Equal(expected, EmployerNames.Compatible(EmployerNames.Key(left), EmployerNames.Key(right)));
    }
}
