using System.Globalization;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Tests.Vacancies;

public sealed class RawVacancyReaderUntrustedTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" javascript:alert(document.cookie)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/vacatures/lasser-venlo-1234")]
    [InlineData("vacatures/lasser-venlo-1234")]
    [InlineData("ftp://ftp.example.nl/vacature.pdf")]
    [InlineData("https://")]
    public void Read_UrlThatIsNotHttp_DropsItWithAWarning(string url)
    {
        var line = $$"""{"id": "V-1234", "source": "uwv-demo", "url": {{System.Text.Json.JsonSerializer.Serialize(url)}}, "title": "Lasser (m/v/x)"}""";

        var result = RawVacancyReader.Read(line);

        Assert.Null(result.Error);
        Assert.Null(result.Vacancy!.Url);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("\"url\"", warning, StringComparison.Ordinal);
        Assert.Contains("is not an http(s) address and was dropped", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://karriere.mueller-gmbh.example.de/jobs/42?utm_source=x")]
    [InlineData("http://www.werkenbij-venlo.example.nl/vacature/heftruckchauffeur")]
    [InlineData("  https://emplois.liege-industrie.example.be/offre/soudeur-h-f-x  ")]
    public void Read_HttpUrl_KeepsItWithoutWarning(string url)
    {
        var line = $$"""{"title": "Schweißer (m/w/d)", "url": "{{url}}"}""";

        var result = RawVacancyReader.Read(line);

        Assert.Equal(url.Trim(), result.Vacancy!.Url);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("deutsch")]
    [InlineData("ger")]
    [InlineData("q1")]
    public void Read_UnknownLanguage_DropsItWithAWarning(string language)
    {
        var result = RawVacancyReader.Read($$"""{"title": "Verpleegkundige (m/v/x)", "language": "{{language}}"}""");

        Assert.Null(result.Error);
        Assert.Null(result.Vacancy!.Language);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains($"\"language\" \"{language}\" is not an ISO 639-1 code", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("NL")]
    [InlineData("fr-BE")]
    [InlineData("nl_BE")]
    public void Read_KnownLanguageTag_KeepsIt(string language)
    {
        var result = RawVacancyReader.Read($$"""{"title": "Soudeur (h/f/x)", "language": "{{language}}"}""");

        Assert.Equal(language, result.Vacancy!.Language);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("Bad Source/../x")]
    [InlineData("../../etc")]
    [InlineData("UWV-Demo")]
    [InlineData("-uwv")]
    [InlineData(".hidden")]
    [InlineData("müller-gmbh")]
    [InlineData("uwv\ndemo")]
    public void Read_SourceOutsideThePattern_IsALineError(string source)
    {
        var line = $$"""{"title": "Lasser (m/v/x)", "source": {{System.Text.Json.JsonSerializer.Serialize(source)}}}""";

        var result = RawVacancyReader.Read(line);

        Assert.Null(result.Vacancy);
        Assert.StartsWith("\"source\" must be a source id of lower-case letters, digits", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uwv-demo")]
    [InlineData("mueller-gmbh")]
    [InlineData("ba-aachen")]
    [InlineData("werkenbij.venlo-techniek.example.nl")]
    [InlineData("forem_2026")]
    public void Read_SourceInThePattern_IsKept(string source)
    {
        var result = RawVacancyReader.Read($$"""{"title": "Lasser (m/v/x)", "source": "{{source}}"}""");

        Assert.Equal(source, result.Vacancy!.Source);
    }

    [Fact]
    public void Read_SourceOf64Characters_IsKeptButOf65IsAnError()
    {
        var longest = new string('a', 64);

        Assert.NotNull(RawVacancyReader.Read($$"""{"title": "Lasser", "source": "{{longest}}"}""").Vacancy);
        Assert.NotNull(RawVacancyReader.Read($$"""{"title": "Lasser", "source": "{{longest}}a"}""").Error);
    }

    [Fact]
    public void Read_DescriptionOverTheLimit_NamesSizeLimitAndSetting()
    {
        var description = string.Concat(Enumerable.Repeat("<p>Schweißen von Baugruppen im MIG/MAG-Verfahren.</p>", 4_000));
        var line = $$"""{"title": "Schweißer (m/w/d)", "description": "{{description}}"}""";

        var result = RawVacancyReader.Read(line, new InputLimits { MaxDescriptionCharacters = 100_000 });

        Assert.Null(result.Vacancy);
        Assert.Equal(
            $"\"description\" is {description.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, the limit is 100,000 (Import:MaxDescriptionCharacters)",
            result.Error);
    }

    [Fact]
    public void Read_DescriptionAtTheLimit_IsRead()
    {
        var description = new string('ä', 1_000);

        var result = RawVacancyReader.Read($$"""{"title": "Verkäufer (m/w/d)", "description": "{{description}}"}""", new InputLimits { MaxDescriptionCharacters = 1_000 });

        Assert.Equal(description, result.Vacancy!.Description);
    }

    [Fact]
    public void Read_TitleOverTheLimit_IsALineError()
    {
        var title = "Lasser (m/v/x) " + new string('x', 400);

        var result = RawVacancyReader.Read($$"""{"title": "{{title}}"}""");

        Assert.Equal($"\"title\" is {title.Length} characters, the limit is 300 (Import:MaxTitleCharacters)", result.Error);
    }
}
