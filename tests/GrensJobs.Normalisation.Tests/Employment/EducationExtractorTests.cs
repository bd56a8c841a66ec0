using GrensJobs.Normalisation.Employment;

namespace GrensJobs.Normalisation.Tests.Employment;

public sealed class EducationExtractorTests
{
    [Theory]
    [InlineData("Je hebt een afgeronde mbo niveau 2 opleiding.", 2)]
    [InlineData("Minimaal MBO-4 werk- en denkniveau.", 4)]
    [InlineData("Je hebt mbo 3 of 4 in de richting Elektrotechniek.", 3)]
    [InlineData("Een mbo-diploma is een pré.", 3)]
    [InlineData("Je hebt een mbo 1 / entreeopleiding.", 1)]
    [InlineData("Je hebt vmbo of mbo 2.", 2)]
    [InlineData("Afgeronde hbo-opleiding, bijvoorbeeld Bedrijfskunde.", 6)]
    [InlineData("Je beschikt over een wo-master in de Rechten.", 7)]
    [InlineData("hbo/wo werk- en denkniveau", 6)]
    [InlineData("Je bent gepromoveerd in de chemie.", 8)]
    [InlineData("Mindestens Hauptschulabschluss erforderlich.", 2)]
    [InlineData("Sie haben eine abgeschlossene Berufsausbildung als Elektroniker (m/w/d).", 4)]
    [InlineData("Abgeschlossene kaufmännische Ausbildung oder vergleichbare Qualifikation.", 4)]
    [InlineData("Meister oder staatlich geprüfter Techniker (m/w/d) Elektrotechnik", 6)]
    [InlineData("Abgeschlossenes Studium (Bachelor/Master) der Informatik", 6)]
    [InlineData("Abgeschlossenes Studium der Elektrotechnik (FH oder Universität)", 6)]
    [InlineData("Master in Maschinenbau oder vergleichbar", 7)]
    [InlineData("Diplom-Ingenieur (Uni) Maschinenbau", 7)]
    [InlineData("Promotion in Chemie wünschenswert", 8)]
    [InlineData("Mittlere Reife und Freude am Umgang mit Kunden", 3)]
    [InlineData("Vous êtes titulaire du CESS.", 4)]
    [InlineData("Diplôme de bachelier en comptabilité.", 6)]
    [InlineData("Titulaire d'un master en droit.", 7)]
    [InlineData("Vous disposez du CEB.", 1)]
    [InlineData("Vous avez un bac+2 (BTS, DUT) en logistique.", 5)]
    [InlineData("Doctorat en biologie.", 8)]
    [InlineData("High school diploma required.", 4)]
    [InlineData("Bachelor's degree in Computer Science or higher.", 6)]
    [InlineData("A Master's degree in Economics is required.", 7)]
    [InlineData("PhD in Physics.", 8)]
    [InlineData("Bachelor of master diploma in de richting techniek.", 6)]
    [InlineData("Abitur oder Fachhochschulreife", 4)]
    public void Extract_StatedEducation_ReturnsEqf(string text, int eqf) =>
        Assert.Equal(eqf, EducationExtractor.Extract(text)?.Eqf);

    [Theory]
    [InlineData("Je werkt als Scrum Master in een agile team.")]
    [InlineData("Kenntnisse im Master Data Management.")]
    [InlineData("Wir sind ein Familienunternehmen, wo Sie sich wohlfühlen.")]
    [InlineData("Als Hausmeister (m/w/d) sind Sie für das Gebäude zuständig.")]
    [InlineData("Goede promotion- en doorgroeimogelijkheden.")]
    [InlineData("")]
    public void Extract_NoEducationStated_ReturnsNull(string text) =>
        Assert.Null(EducationExtractor.Extract(text));
}
