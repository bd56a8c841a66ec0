using GrensJobs.Core.Vacancies;

namespace GrensJobs.Normalisation.Tests.Identity;

/// <summary>What the normaliser does with untrusted fields that reach it without the line reader (crawlers, tests).</summary>
public sealed class UntrustedFieldsTests
{
    private static readonly VacancyNormaliser Normaliser = VacancyNormaliser.Load(Seeds.DefaultDirectory);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/vacatures/lasser-venlo")]
    public void Normalise_UrlThatIsNotHttp_IsNeverKept(string url)
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Source = "uwv-demo",
            Url = url,
            Title = "Lasser (m/v/x)",
            Employer = "Van den Berg Metaal B.V.",
            Location = new RawLocation { Place = "Venlo", Country = "NL" },
        });

        Assert.Null(vacancy.Url);
        Assert.StartsWith("h-", vacancy.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_UrlThatIsNotHttp_IdentityFallsBackToTheSameHashAsWithoutUrl()
    {
        var withScript = new RawVacancy
        {
            Url = "javascript:alert(1)",
            Title = "Schweißer (m/w/d) MIG/MAG",
            Employer = "Müller GmbH",
            Location = new RawLocation { Text = "47623 Kevelaer" },
        };

        var a = Normaliser.Normalise(withScript);
        var b = Normaliser.Normalise(withScript with { Url = null });

        Assert.Equal("import", a.Source);
        Assert.Equal(b.Id, a.Id);
    }

    [Fact]
    public void Normalise_HttpsUrl_IsCanonical()
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Url = "https://karriere.mueller-gmbh.example.de/jobs/42?utm_source=x#bewerben",
            Title = "Schweißer (m/w/d) MIG/MAG",
        });

        Assert.Equal("https://karriere.mueller-gmbh.example.de/jobs/42", vacancy.Url);
        Assert.Equal(vacancy.Url, vacancy.Id);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("zz-ZZ")]
    public void Normalise_UnknownLanguageCode_IsReplacedByTheDetectedLanguage(string code)
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Title = "Verpleegkundige (m/v/x) voor de afdeling interne geneeskunde",
            Description = "<p>Wij zoeken een enthousiaste verpleegkundige met goede kennis van de Nederlandse taal. Je werkt 32 tot 36 uur per week in ons ziekenhuis in Venlo.</p>",
            Language = code,
        });

        Assert.Equal("nl", vacancy.Language);
    }

    [Fact]
    public void Normalise_RegionalTag_KeepsItsLanguage()
    {
        var vacancy = Normaliser.Normalise(new RawVacancy
        {
            Title = "Soudeur (h/f/x)",
            Description = "<p>Vous soudez des structures en acier à Liège.</p>",
            Language = "fr-BE",
        });

        Assert.Equal("fr", vacancy.Language);
    }
}
