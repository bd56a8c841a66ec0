using GrensJobs.Normalisation.Languages;

namespace GrensJobs.Normalisation.Tests.Languages;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector _detector = new();

    [Theory]
    [InlineData("Voor onze vestiging in Venlo zoeken wij een ervaren lasser. Je werkt in een klein team en bent verantwoordelijk voor het lassen van constructies.", "nl")]
    [InlineData("Für unseren Standort in Kleve suchen wir einen erfahrenen Schweißer. Du arbeitest in einem kleinen Team und bist für die Montage zuständig.", "de")]
    [InlineData("Pour notre site de Liège, nous recherchons un soudeur expérimenté. Vous travaillez dans une petite équipe et vous êtes responsable du montage.", "fr")]
    [InlineData("For our site in Eindhoven we are looking for an experienced welder. You will work in a small team and you are responsible for assembly.", "en")]
    [InlineData("Wat bieden wij? Een goed salaris, 25 vakantiedagen en een leaseauto. Heb je interesse? Solliciteer dan direct!", "nl")]
    [InlineData("Was wir bieten: unbefristeter Arbeitsvertrag, 30 Tage Urlaub, betriebliche Altersvorsorge.", "de")]
    [InlineData("Ce que nous offrons : un contrat à durée indéterminée, des chèques-repas et une voiture de société.", "fr")]
    [InlineData("What we offer: a permanent contract, 25 days of holiday and a company car.", "en")]
    public void Detect_OrdinaryVacancyText_ReturnsItsLanguage(string text, string expected) =>
        Assert.Equal(expected, _detector.Detect(text));

    [Theory]
    [InlineData("Schweißer (m/w/d)", "de")]
    [InlineData("Lagermitarbeiter (m/w/d) Vollzeit", "de")]
    [InlineData("Heftruckchauffeur (m/v/x)", "nl")]
    [InlineData("Magazijnmedewerker (m/v)", "nl")]
    [InlineData("Soudeur (h/f)", "fr")]
    [InlineData("Opérateur de production (H/F)", "fr")]
    [InlineData("Software Engineer (m/f/d)", "en")]
    public void Detect_ShortTitleWithGenderTag_ReturnsItsLanguage(string title, string expected) =>
        Assert.Equal(expected, _detector.Detect(title));

    [Theory]
    [InlineData("")]
    [InlineData("Lasser")]
    [InlineData("CNC 5-axis")]
    public void Detect_TooLittleText_ReturnsNull(string text) =>
        Assert.Null(_detector.Detect(text));

    [Fact]
    public void Detect_LongText_ScoresOnlyTheOpening()
    {
        var text = string.Concat(Enumerable.Repeat("Wir suchen dich für unser Team und bieten ein gutes Gehalt. ", 40))
            + string.Concat(Enumerable.Repeat("We are looking for you and offer a good salary. ", 200));

        Assert.Equal("de", _detector.Detect(text));
    }
}
