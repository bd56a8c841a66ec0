using GrensJobs.Normalisation.Languages;

namespace GrensJobs.Normalisation.Tests.Languages;

public sealed class LanguageRequirementExtractorTests
{
    private readonly LanguageRequirementExtractor _extractor = new();

    [Theory]
    [InlineData("Je hebt basiskennis Duits.", "nl", "de:A2:req")]
    [InlineData("Grundkenntnisse in Englisch", "de", "en:A2:req")]
    [InlineData("Notions de néerlandais.", "fr", "nl:A2:req")]
    [InlineData("Basic Dutch.", "en", "nl:A2:req")]
    [InlineData("Je spreekt redelijk Engels.", "nl", "en:B1:req")]
    [InlineData("Ausreichende Deutschkenntnisse", "de", "de:B1:req")]
    [InlineData("Connaissances correctes de l'anglais.", "fr", "en:B1:req")]
    [InlineData("Working knowledge of German.", "en", "de:B1:req")]
    [InlineData("Je hebt een goede beheersing van het Duits.", "nl", "de:B2:req")]
    [InlineData("Gute Englischkenntnisse", "de", "en:B2:req")]
    [InlineData("Bonne maîtrise de l'allemand.", "fr", "de:B2:req")]
    [InlineData("Good English.", "en", "en:B2:req")]
    [InlineData("Je spreekt vloeiend Duits.", "nl", "de:C1:req")]
    [InlineData("Verhandlungssicheres Englisch", "de", "en:C1:req")]
    [InlineData("Englisch auf Business-Level", "de", "en:C1:req")]
    [InlineData("Néerlandais courant.", "fr", "nl:C1:req")]
    [InlineData("Proficient in German.", "en", "de:C1:req")]
    [InlineData("Nederlands is je moedertaal.", "nl", "nl:C2:req")]
    [InlineData("Deutsch als Muttersprache", "de", "de:C2:req")]
    [InlineData("Native English speaker.", "en", "en:C2:req")]
    [InlineData("Français langue maternelle.", "fr", "fr:C2:req")]
    public void Extract_LevelWords_MapToContractLevels(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Je spreekt Duits op niveau B2.", "nl", "de:B2:req")]
    [InlineData("Deutsch mindestens B2", "de", "de:B2:req")]
    [InlineData("Deutsch (C1)", "de", "de:C1:req")]
    [InlineData("Je spreekt minimaal B1 Engels.", "nl", "en:B1:req")]
    [InlineData("Anglais : niveau C1.", "fr", "en:C1:req")]
    public void Extract_ExplicitCefrLevel_TakesThatLevel(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Deutsch B1/B2", "de", "de:B1:req")]
    [InlineData("Duits B1 tot B2.", "nl", "de:B1:req")]
    [InlineData("Néerlandais B1 à B2.", "fr", "nl:B1:req")]
    [InlineData("German B2-C1.", "en", "de:B2:req")]
    public void Extract_RangeOrAlternatives_TakesLowerLevel(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Deutsch mündlich B2, schriftlich B1", "de", "de:B1:req")]
    [InlineData("Duits: mondeling C1, schriftelijk B2.", "nl", "de:B2:req")]
    [InlineData("English (spoken C1, written B2)", "en", "en:B2:req")]
    public void Extract_SplitSkills_TakesLowerLevel(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Je bent Duitstalig.", "nl", "de:null:req")]
    [InlineData("Du bist deutschsprachig.", "de", "de:null:req")]
    [InlineData("Vous êtes néerlandophone.", "fr", "nl:null:req")]
    [InlineData("Deutsch in Wort und Schrift", "de", "de:null:req")]
    [InlineData("Kenntnis des Niederländischen ist erforderlich.", "de", "nl:null:req")]
    [InlineData("Sprachen: Deutsch", "de", "de:null:req")]
    public void Extract_NamedWithoutLevel_HasNullLevel(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Duits is een pré.", "nl", "de:null:plus")]
    [InlineData("Kennis van Frans is een troef.", "nl", "fr:null:plus")]
    [InlineData("Engels is een meerwaarde.", "nl", "en:null:plus")]
    [InlineData("Bij voorkeur spreek je ook Duits.", "nl", "de:null:plus")]
    [InlineData("Niederländischkenntnisse sind von Vorteil.", "de", "nl:null:plus")]
    [InlineData("Gute Englischkenntnisse wünschenswert", "de", "en:B2:plus")]
    [InlineData("Polnisch ist ein Plus.", "de", "pl:null:plus")]
    [InlineData("L'allemand est un atout.", "fr", "de:null:plus")]
    [InlineData("Le néerlandais est un plus.", "fr", "nl:null:plus")]
    [InlineData("Anglais B2 souhaité.", "fr", "en:B2:plus")]
    [InlineData("German is nice to have.", "en", "de:null:plus")]
    [InlineData("Dutch (B1) is a plus.", "en", "nl:B1:plus")]
    public void Extract_PlusPhrase_IsNotRequiredAndKeepsLevel(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Geen Duits nodig.", "nl")]
    [InlineData("Kennis van het Duits is niet vereist.", "nl")]
    [InlineData("Deutschkenntnisse sind keine Voraussetzung.", "de")]
    [InlineData("Auch ohne Deutschkenntnisse bist du willkommen.", "de")]
    [InlineData("Pas besoin de parler néerlandais.", "fr")]
    [InlineData("Aucune connaissance de l'allemand n'est requise.", "fr")]
    [InlineData("No Dutch required.", "en")]
    [InlineData("Speaking German is not necessary.", "en")]
    public void Extract_NegatedLanguage_IsLeftOut(string text, string posting) =>
        Assert.Empty(_extractor.Extract(text, posting));

    [Theory]
    [InlineData("Je hebt rijbewijs C1.", "nl")]
    [InlineData("Führerschein Klasse C1/CE", "de")]
    [InlineData("Permis C1 souhaité.", "fr")]
    [InlineData("A C1 driving licence is required.", "en")]
    [InlineData("Wij bieden een cursus Duits aan.", "nl")]
    [InlineData("Ein Deutschkurs (B1) wird angeboten.", "de")]
    [InlineData("We offer free Dutch lessons.", "en")]
    public void Extract_LevelLookingCodesAndCourses_AreNotRequirements(string text, string posting) =>
        Assert.Empty(_extractor.Extract(text, posting));

    [Theory]
    [InlineData("Rijbewijs C1 en Duits op B2-niveau.", "nl", "de:B2:req")]
    [InlineData("Je hebt taalniveau 3F Nederlands.", "nl", "nl:null:req")]
    public void Extract_LicenceOrLiteracyCodeBesideLanguage_DoesNotGiveItsLevel(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Wir sind ein deutsches Unternehmen mit Kunden in den Niederlanden.", "de")]
    [InlineData("Je werkt voor onze Duitse klanten.", "nl")]
    [InlineData("Nos clients néerlandais.", "fr")]
    [InlineData("Experience with the Dutch market.", "en")]
    [InlineData("Solliciteer in het Nederlands of Engels.", "nl")]
    [InlineData("Deze vacature is ook beschikbaar in het Engels.", "nl")]
    [InlineData("Contactpersoon: Frans de Vries", "nl")]
    public void Extract_LanguageNamedButNotAskedFor_IsLeftOut(string text, string posting) =>
        Assert.Empty(_extractor.Extract(text, posting));

    [Theory]
    [InlineData("Je bent tweetalig NL/FR.", "nl", "fr:C1:req nl:C1:req")]
    [InlineData("Vous êtes bilingue français-néerlandais.", "fr", "fr:C1:req nl:C1:req")]
    [InlineData("Zweisprachig Deutsch/Niederländisch", "de", "de:C1:req nl:C1:req")]
    [InlineData("Je bent tweetalig.", "nl", "fr:C1:req nl:C1:req")]
    [InlineData("You are bilingual in Dutch and English.", "en", "en:C1:req nl:C1:req")]
    [InlineData("Je bent tweetalig NL/FR en spreekt ook Engels.", "nl", "en:null:req fr:C1:req nl:C1:req")]
    public void Extract_Bilingual_GivesC1ForEachLanguage(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Je spreekt vloeiend Nederlands en Duits.", "nl", "de:C1:req nl:C1:req")]
    [InlineData("Gute Deutsch- und Englischkenntnisse", "de", "de:B2:req en:B2:req")]
    [InlineData("Très bonne maîtrise du français et du néerlandais.", "fr", "fr:C1:req nl:C1:req")]
    [InlineData("Engels en Duits is een pré.", "nl", "de:null:plus en:null:plus")]
    [InlineData("Vloeiend Nederlands en goed Engels.", "nl", "en:B2:req nl:C1:req")]
    [InlineData("Deutsch (C1) und Englisch (B2)", "de", "de:C1:req en:B2:req")]
    [InlineData("Nederlands en Duits op C1-niveau.", "nl", "de:C1:req nl:C1:req")]
    [InlineData("Gute Deutschkenntnisse sowie Englischkenntnisse von Vorteil", "de", "de:B2:req en:null:plus")]
    [InlineData("Vloeiend Nederlands, Engels is een pré.", "nl", "en:null:plus nl:C1:req")]
    public void Extract_SeveralLanguagesInOnePhrase_AttachesModifiersToTheRightLanguage(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Duits is een pré.\nGoede kennis van het Duits is vereist.", "nl", "de:B2:req")]
    [InlineData("Deutsch ist von Vorteil. Deutsch B1 ist Pflicht.", "de", "de:B1:req")]
    [InlineData("Je bent Duitstalig. Vloeiend Duits is een must.", "nl", "de:C1:req")]
    [InlineData("Deutschkenntnisse sind nicht zwingend erforderlich, aber von Vorteil.", "de", "de:null:plus")]
    public void Extract_LanguageMentionedTwice_GivesOneEntryPreferringRequired(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Wij zoeken een lasser (m/v) in Venlo.", "nl")]
    [InlineData("Wir suchen einen Schweißer (m/w/d) in Kleve.", "de")]
    [InlineData("", "nl")]
    public void Extract_NoLanguageNamed_ReturnsEmpty(string text, string posting) =>
        Assert.Empty(_extractor.Extract(text, posting));

    [Theory]
    [InlineData("Je spreekt Pools? Dat is een meerwaarde.", "nl", "pl:null:plus")]
    [InlineData("Le néerlandais est un atout, l'anglais aussi.", "fr", "en:null:plus nl:null:plus")]
    [InlineData("Nederlands is vereist, Engels ook.", "nl", "en:null:req nl:null:req")]
    [InlineData("Vous avez de bonnes connaissances en anglais.", "fr", "en:B2:req")]
    [InlineData("Geen Nederlands? Dan is Engels op B2-niveau voldoende.", "nl", "en:B2:req")]
    [InlineData("Profil: français langue maternelle.", "fr", "fr:C2:req")]
    public void Extract_FollowUpClauses_TakeTheStatusTheyReferTo(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Pluspunten:\n- Kennis van het Duits\n- Ervaring met SAP", "nl", "de:null:plus")]
    [InlineData("Ihr Profil:\n- Deutsch fließend\nVon Vorteil:\n- Niederländischkenntnisse", "de", "de:C1:req nl:null:plus")]
    [InlineData("Atouts :\n- Connaissance de l'allemand\nProfil :\n- Anglais courant", "fr", "de:null:plus en:C1:req")]
    public void Extract_PlusSectionHeading_MakesListedLanguagesAPlus(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Theory]
    [InlineData("Sprachen: Deutsch – fließend; Niederländisch – von Vorteil", "de", "de:C1:req nl:null:plus")]
    [InlineData("Spreek je ook Pools? Mooi meegenomen!", "nl", "pl:null:plus")]
    [InlineData("Kennis van SAP is een pré, net als kennis van de Duitse taal.", "nl", "de:null:plus")]
    [InlineData("Je hebt affiniteit met de Duitse markt en spreekt de taal vloeiend.", "nl", "de:C1:req")]
    [InlineData("Bei uns arbeitest du in einem zweisprachigen Team (Deutsch/Niederländisch).", "de", "")]
    [InlineData("Talen: NL (moedertaal), EN (goed), DE (basis)", "nl", "de:A2:req en:B2:req nl:C2:req")]
    public void Extract_ModifierElsewhereInTheSentence_AppliesToTheLanguageMeant(string text, string posting, string expected) =>
        Assert.Equal(expected, Describe(text, posting));

    [Fact]
    public void Extract_FullPostingInItsOwnLanguageWithoutLanguageDemands_IsEmpty()
    {
        const string Posting = """
            Over ons
            Wij zijn een Nederlands familiebedrijf met vestigingen in Venlo en in Duitsland (Kleve).
            Onze Duitse en Belgische klanten rekenen op snelle levering.
            Wat ga je doen?
            - Je bedient de CNC-draaibank en controleert de kwaliteit
            Wat vragen wij?
            - Een afgeronde mbo-opleiding
            - Rijbewijs B; rijbewijs C1 is een pré
            Interesse? Solliciteer via onze Nederlandstalige website.
            """;

        Assert.Empty(_extractor.Extract(Posting, "nl"));
    }

    [Fact]
    public void Extract_RequirementFound_CarriesEvidencePhrase()
    {
        var result = Assert.Single(_extractor.Extract("Ihr Profil:\n- gute Deutschkenntnisse\n- Teamgeist", "de"));

        Assert.Equal("gute Deutschkenntnisse", result.Evidence);
    }

    [Fact]
    public void MentionsLanguage_LineWithoutLanguageName_IsFalse()
    {
        Assert.False(LanguageRequirementExtractor.MentionsLanguage("Wir bieten ein attraktives Gehalt und 30 Tage Urlaub."));
        Assert.True(LanguageRequirementExtractor.MentionsLanguage("Gute Deutschkenntnisse"));
    }

    private string Describe(string text, string posting) =>
        string.Join(' ', _extractor.Extract(text, posting)
            .Select(r => $"{r.Language}:{r.Level?.ToString() ?? "null"}:{(r.Required ? "req" : "plus")}")
            .Order(StringComparer.Ordinal));
}
