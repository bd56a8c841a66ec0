using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Employment;

namespace GrensJobs.Normalisation.Tests.Employment;

public sealed class RemoteClassifierTests
{
    [Theory]
    [InlineData("Beleidsadviseur", "Hybride werken is bij ons de norm.", RemoteMode.Hybrid)]
    [InlineData("Controller", "Je werkt 2 dagen thuis en 3 dagen op kantoor.", RemoteMode.Hybrid)]
    [InlineData("Sachbearbeiter (m/w/d)", "Homeoffice möglich nach Einarbeitung.", RemoteMode.Hybrid)]
    [InlineData("Entwickler (m/w/d)", "Flexible Arbeitszeiten und mobiles Arbeiten.", RemoteMode.Hybrid)]
    [InlineData("Comptable (h/f)", "Télétravail partiel possible.", RemoteMode.Hybrid)]
    [InlineData("Analyste (m/f/x)", "2 jours de télétravail par semaine.", RemoteMode.Hybrid)]
    [InlineData("Data engineer", "We offer a hybrid working model.", RemoteMode.Hybrid)]
    [InlineData("Developer", "100% remote, anywhere in the EU.", RemoteMode.Remote)]
    [InlineData("Klantadviseur", "Je kunt volledig thuiswerken.", RemoteMode.Remote)]
    [InlineData("Backend-Entwickler (m/w/d)", "Die Stelle ist vollständig remote.", RemoteMode.Remote)]
    [InlineData("Designer", "Full remote position.", RemoteMode.Remote)]
    [InlineData("Support (h/f)", "Poste en télétravail complet.", RemoteMode.Remote)]
    [InlineData("Remote Java Developer", "Join our team.", RemoteMode.Remote)]
    [InlineData("Lagerist (m/w/d)", "Ihr Einsatz erfolgt vor Ort in Kleve.", RemoteMode.Onsite)]
    [InlineData("Monteur", "Je werkt op locatie bij klanten.", RemoteMode.Onsite)]
    [InlineData("Technicien (h/f)", "Travail sur site à Liège.", RemoteMode.Onsite)]
    [InlineData("Lab technician", "This is an on-site role in Eindhoven.", RemoteMode.Onsite)]
    [InlineData("Engineer", "No remote work: you join us at the plant.", RemoteMode.Onsite)]
    [InlineData("Verkäufer (m/w/d)", "Leider kein Homeoffice möglich.", RemoteMode.Onsite)]
    [InlineData("Kassamedewerker", "Er is geen thuiswerk mogelijk in deze functie.", RemoteMode.Onsite)]
    [InlineData("Opérateur", "Pas de télétravail possible.", RemoteMode.Onsite)]
    public void Classify_StatedMode_ReturnsMode(string title, string text, RemoteMode expected) =>
        Assert.Equal(expected, RemoteClassifier.Classify(title, text));

    [Theory]
    [InlineData("Lasser (m/v/x)", "Je werkt in onze fabriek in Venlo.")]
    [InlineData("Servicetechniker (m/w/d)", "Fernwartung und Remote-Support für Kunden.")]
    [InlineData("Chauffeur", "")]
    public void Classify_NothingStated_ReturnsNull(string title, string text) =>
        Assert.Null(RemoteClassifier.Classify(title, text));
}
