using GrensJobs.Core.Text;

namespace GrensJobs.Normalisation.Tests.Occupations;

public sealed class TitleCleanerTests
{
    [Theory]
    [InlineData("Schweißer (m/w/d)", "de", "schweisser")]
    [InlineData("Schweißer (m/w/d) in Vollzeit – Kevelaer", "de", "schweisser")]
    [InlineData("Lasser (m/v/x) – Venlo", "nl", "lasser")]
    [InlineData("Soudeur (h/f/x)", "fr", "soudeur")]
    [InlineData("Technicien de maintenance (h/f) CDI", "fr", "technicien de maintenance")]
    [InlineData("Maurer/in", "de", "maurer")]
    [InlineData("Pfleger*in", "de", "pfleger")]
    [InlineData("Verkäufer:in", "de", "verkaufer")]
    [InlineData("Erzieher_in", "de", "erzieher")]
    [InlineData("PflegerInnen", "de", "pfleger")]
    [InlineData("Kaufmann/-frau im Einzelhandel", "de", "kaufmann im einzelhandel")]
    [InlineData("Bürokaufmann (-frau)", "de", "burokaufmann")]
    [InlineData("Vakman/vrouw", "nl", "vakman")]
    [InlineData("Senior Softwareentwickler m/w/d", "de", "softwareentwickler")]
    [InlineData("Medewerker magazijn 32-40 uur", "nl", "medewerker magazijn")]
    [InlineData("Fahrer 20-40 Std. ab sofort", "de", "fahrer")]
    [InlineData("Orderpicker gezocht | Eindhoven", "nl", "orderpicker")]
    [InlineData("Heftruckchauffeur regio Venlo", "nl", "heftruckchauffeur")]
    [InlineData("Lagerarbeiter (m/w/d) Raum Aachen", "de", "lagerarbeiter")]
    [InlineData("Verkoper bij Bakkerij Jansen", "nl", "verkoper")]
    [InlineData("Vendeur chez Delhaize", "fr", "vendeur")]
    [InlineData("Chauffeur CE € 3.000 bruto", "nl", "chauffeur ce")]
    [InlineData("Fachkraft - Lagerlogistik", "de", "fachkraft fur lagerlogistik")]
    [InlineData("Ingenieur/in - Maschinenbau", "de", "ingenieur fur maschinenbau")]
    [InlineData("Serveur/euse", "fr", "serveur")]
    [InlineData("Vendeur/Vendeuse", "fr", "vendeur")]
    [InlineData("Quereinsteiger Busfahrer (m/w/d)", "de", "busfahrer")]
    [InlineData("Monteur (Kevelaer)", "de", "monteur")]
    [InlineData("Soudeur / Soudeuse en tuyauterie", "fr", "soudeur en tuyauterie")]
    [InlineData("Employé administratif / Employée administrative", "fr", "employe administratif")]
    [InlineData("Vendeur/Vendeuse en boulangerie", "fr", "vendeur en boulangerie")]
    [InlineData("Hotelangestellt(er)e", "de", "hotelangestellter")]
    [InlineData("Bürogehilf(e)in", "de", "burogehilfe")]
    [InlineData("Elektroinstallateur/-monteur", "de", "elektroinstallateur")]
    [InlineData("Elektriker/Elektroniker Gebäudetechnik", "de", "elektriker")]
    [InlineData("Schweißer (m/w/d) MIG/MAG ab sofort", "de", "schweisser")]
    [InlineData("MIG/MAG-lasser", "nl", "mig lasser")]
    public void Clean_NoisyTitle_LeavesOccupation(string title, string language, string expected)
    {
        var cleaned = LinkerFixture.Linker.Cleaner.Clean(title, language);

        Assert.Equal(expected, TextFolding.Fold(cleaned));
    }
}
