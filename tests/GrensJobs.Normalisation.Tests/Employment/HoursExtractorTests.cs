using GrensJobs.Normalisation.Employment;

namespace GrensJobs.Normalisation.Tests.Employment;

public sealed class HoursExtractorTests
{
    private static readonly string[] NoTypes = [];

    [Theory]
    [InlineData("Lasser (m/v/x)", "Je werkt 32-40 uur per week in dagdienst.", 32, 40)]
    [InlineData("Verkoopmedewerker", "Dienstverband: 32 tot 40 uur per week", 32, 40)]
    [InlineData("Chauffeur C/E", "Het betreft een fulltime functie van 38 uur.", 38, 38)]
    [InlineData("Schweißer (m/w/d)", "Arbeitszeit: 40 Std./Woche, Montag bis Freitag", 40, 40)]
    [InlineData("Verkäufer (m/w/d) Teilzeit (20 Stunden)", "Wir freuen uns auf Sie!", 20, 20)]
    [InlineData("Pflegefachkraft (m/w/d)", "Umfang: 20–30 Wochenstunden nach Absprache", 20, 30)]
    [InlineData("Aide-soignant (m/f/x)", "Horaire : 24 à 32 heures/semaine", 24, 32)]
    [InlineData("Magasinier (h/f)", "Contrat CDI 38h/semaine, du lundi au vendredi", 38, 38)]
    [InlineData("Warehouse operator", "This is a full-time 40 hours position.", 40, 40)]
    [InlineData("Elektroniker (m/w/d)", "Vollzeit mit 38,5 Std. pro Woche", 38.5, 38.5)]
    [InlineData("Monteur", "Wij bieden een 40-urige werkweek.", 40, 40)]
    [InlineData("Produktionshelfer (m/w/d)", "Wir bieten eine 35-Stunden-Woche.", 35, 35)]
    [InlineData("Schoonmaker", "Je werkt 4 uur per dag, van maandag tot vrijdag.", 20, 20)]
    [InlineData("Kassierer (m/w/d)", "Minijob mit 43 Std./Monat", 9.9, 9.9)]
    [InlineData("Planner", "Werktijden 8.00 - 17.00 uur, 36 uur per week", 36, 36)]
    [InlineData("Operator", "Reactie binnen 48 uur. Je werkt 24-32 uur p/w.", 24, 32)]
    [InlineData("Teamleider 32-36 uur", "Leuke baan.", 32, 36)]
    [InlineData("Support", "Wij zijn 24/7 bereikbaar. Functie: 40u per week", 40, 40)]
    [InlineData("Pfleger", "Teilzeit 25 bis 30 Stunden in der Woche", 25, 30)]
    [InlineData("Nurse", "Part-time role, 16-24 hrs per week", 16, 24)]
    public void Extract_StatedWeeklyHours_ReturnsRange(string title, string text, double min, double max)
    {
        var hours = HoursExtractor.Extract(title, text, NoTypes);
        Assert.NotNull(hours);
        Assert.Equal((decimal)min, hours.Min);
        Assert.Equal((decimal)max, hours.Max);
    }

    [Theory]
    [InlineData("Lasser fulltime", "Fulltime baan in Venlo.")]
    [InlineData("Mechatroniker (m/w/d) in Vollzeit", "Unbefristete Festanstellung in Vollzeit.")]
    [InlineData("Opérateur (h/f)", "Temps plein, CDI.")]
    [InlineData("Security officer", "Our control room is staffed 24/7 and we reply within 24 hours.")]
    [InlineData("Monteur", "Storingsdienst 24 uur per dag bereikbaar.")]
    [InlineData("Fahrer", "Ruhezeit von mindestens 11 Stunden nach der Schicht; 120 Stunden Weiterbildung pro Jahr.")]
    [InlineData("Kok", "Werkzaamheden van 9.30 uur tot 18.00 uur.")]
    [InlineData("Leraar", "")]
    public void Extract_NoWeeklyHours_ReturnsNull(string title, string text) =>
        Assert.Null(HoursExtractor.Extract(title, text, NoTypes));

    [Fact]
    public void Extract_ExplicitWeeklyMentionLater_WinsOverUndatedMention()
    {
        var hours = HoursExtractor.Extract("Medewerker", "Opleiding van 16 uur. Je werkt 36 uur per week.", ["FULL_TIME"]);
        Assert.Equal(new Core.Vacancies.HoursRange(36m, 36m), hours);
    }
}
