using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Employment;

namespace GrensJobs.Normalisation.Tests.Employment;

public sealed class ContractClassifierTests
{
    private static readonly string[] NoTypes = [];

    [Theory]
    [InlineData("Lasser (m/v/x)", "Wij bieden een vast contract en goede secundaire voorwaarden.", ContractType.Permanent)]
    [InlineData("Docent", "Het betreft een vaste aanstelling.", ContractType.Permanent)]
    [InlineData("Verpleegkundige", "Contract voor onbepaalde tijd bij een fijne werkgever.", ContractType.Permanent)]
    [InlineData("Elektroniker (m/w/d)", "Wir bieten eine unbefristete Festanstellung.", ContractType.Permanent)]
    [InlineData("Schlosser (m/w/d)", "Unbefristeter Arbeitsvertrag, 30 Tage Urlaub.", ContractType.Permanent)]
    [InlineData("Comptable (h/f)", "Nous offrons un CDI à temps plein.", ContractType.Permanent)]
    [InlineData("Technicien (m/f/x)", "Contrat à durée indéterminée.", ContractType.Permanent)]
    [InlineData("Medewerker klantenservice", "Tijdelijk contract voor 6 maanden.", ContractType.Temporary)]
    [InlineData("Administratief medewerker", "Je krijgt een jaarcontract.", ContractType.Temporary)]
    [InlineData("Projektingenieur (m/w/d)", "Die Stelle ist auf 2 Jahre befristet.", ContractType.Temporary)]
    [InlineData("Vendeur (h/f)", "CDD de 6 mois, temps plein.", ContractType.Temporary)]
    [InlineData("Planner", "Jaarcontract met een vast contract in het vooruitzicht.", ContractType.Temporary)]
    [InlineData("Logistiek medewerker", "Je start met een contract voor 7 maanden met uitzicht op een vast contract.", ContractType.Temporary)]
    [InlineData("Sachbearbeiter (m/w/d)", "Zunächst befristet mit Option auf Übernahme in eine Festanstellung.", ContractType.Temporary)]
    [InlineData("Orderpicker", "Dit is een uitzendbaan via uitzendbureau Randstad.", ContractType.Interim)]
    [InlineData("Productiemedewerker", "Je werkt via ons uitzendbureau, met kans op een vast contract.", ContractType.Interim)]
    [InlineData("Helfer (m/w/d)", "Im Rahmen der Arbeitnehmerüberlassung, unbefristete Festanstellung bei uns.", ContractType.Interim)]
    [InlineData("Staplerfahrer (m/w/d)", "Zeitarbeit mit Übernahmeoption.", ContractType.Interim)]
    [InlineData("Opérateur de production (h/f)", "Mission d'intérim de 3 mois.", ContractType.Interim)]
    [InlineData("Developer", "Opdracht voor een freelance developer, 6 maanden.", ContractType.Freelance)]
    [InlineData("Adviseur", "Geschikt voor zzp'ers, tarief in overleg.", ContractType.Freelance)]
    [InlineData("Dozent (m/w/d)", "Freiberufliche Tätigkeit auf Honorarbasis.", ContractType.Freelance)]
    [InlineData("Consultant", "Collaboration sous statut indépendant.", ContractType.Freelance)]
    [InlineData("Marketing", "Wij bieden een stageplaats van 5 maanden met stagevergoeding.", ContractType.Internship)]
    [InlineData("Marketing", "Praktikum im Bereich Online-Marketing für 6 Monate.", ContractType.Internship)]
    [InlineData("Stagiair HR", "Leuke afstudeeropdracht.", ContractType.Internship)]
    [InlineData("Data analyst intern", "Summer role.", ContractType.Internship)]
    [InlineData("Offre de stage - Comptabilité", "Stage de 6 mois.", ContractType.Internship)]
    [InlineData("Ausbildung zum Elektroniker (m/w/d) 2027", "Wir bieten eine spannende Ausbildung.", ContractType.Apprenticeship)]
    [InlineData("Azubi Industriekaufmann (m/w/d)", "Start 1. August.", ContractType.Apprenticeship)]
    [InlineData("Monteur", "Dit is een BBL-traject: je werkt en leert tegelijk.", ContractType.Apprenticeship)]
    [InlineData("Kok", "Leerwerkplek in onze keuken.", ContractType.Apprenticeship)]
    [InlineData("Mécanicien (h/f)", "Contrat d'apprentissage en alternance.", ContractType.Apprenticeship)]
    [InlineData("Kaufmann (m/w/d)", "Dein Ausbildungsplatz wartet, Ausbildungsvergütung nach Tarif.", ContractType.Apprenticeship)]
    [InlineData("Werkstudent (m/w/d) Marketing", "Befristet auf ein Jahr.", ContractType.Other)]
    [InlineData("Flexi-job horeca (m/v/x)", "Weekendwerk.", ContractType.Other)]
    public void Classify_TitleAndText_ReturnsContract(string title, string text, ContractType expected) =>
        Assert.Equal(expected, ContractClassifier.Classify(title, text, NoTypes));

    [Theory]
    [InlineData("Elektriker (m/w/d)", "Ihr Profil: abgeschlossene Ausbildung als Elektriker, Führerschein B.")]
    [InlineData("Mechatroniker (m/w/d)", "Sie haben eine abgeschlossene Ausbildung zum Mechatroniker.")]
    [InlineData("Software engineer", "Our early-stage startup is at an exciting stage of growth.")]
    [InlineData("Lasser", "Leuke collega's en een goede sfeer.")]
    [InlineData("Vendeur", "Vous travaillez de manière indépendante.")]
    public void Classify_NoContractEvidence_ReturnsNull(string title, string text) =>
        Assert.Null(ContractClassifier.Classify(title, text, NoTypes));

    [Theory]
    [InlineData("CONTRACTOR", ContractType.Freelance)]
    [InlineData("TEMPORARY", ContractType.Temporary)]
    [InlineData("INTERN", ContractType.Internship)]
    [InlineData("VOLUNTEER", ContractType.Other)]
    [InlineData("Festanstellung", ContractType.Permanent)]
    [InlineData("Vast contract", ContractType.Permanent)]
    public void Classify_EmploymentType_IsMapped(string type, ContractType expected) =>
        Assert.Equal(expected, ContractClassifier.Classify("Monteur", "Leuke baan.", ["FULL_TIME", type]));

    [Fact]
    public void Classify_FullTimeTypeOnly_SaysNothing() =>
        Assert.Null(ContractClassifier.Classify("Monteur", "Leuke baan.", ["FULL_TIME", "PART_TIME"]));

    [Fact]
    public void Classify_TemporaryTypeWithAgencyText_IsInterim() =>
        Assert.Equal(ContractType.Interim, ContractClassifier.Classify("Orderpicker", "Via uitzendbureau.", ["TEMPORARY"]));

    [Fact]
    public void Classify_TitleWins_OverEmploymentType() =>
        Assert.Equal(ContractType.Internship, ContractClassifier.Classify("Praktikum Vertrieb", "", ["FULL_TIME", "TEMPORARY"]));
}
