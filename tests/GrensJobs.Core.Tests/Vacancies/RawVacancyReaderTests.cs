using GrensJobs.Core.Vacancies;

namespace GrensJobs.Core.Tests.Vacancies;

public sealed class RawVacancyReaderTests
{
    [Fact]
    public void Read_ContractExample_ReadsEveryField()
    {
        const string line = """
            {"id": "42", "source": "mueller-gmbh", "url": "https://karriere.example.de/jobs/42?utm_source=x",
             "title": "Schweißer (m/w/d) MIG/MAG", "description": "<p>Ihre Aufgaben …</p>", "employer": "Müller GmbH",
             "location": {"text": "47623 Kevelaer", "postalCode": "47623", "place": "Kevelaer", "country": "DE",
                          "lat": 51.583, "lon": 6.247},
             "locations": [],
             "posted": "2026-11-02", "validThrough": "2026-12-31", "language": "de",
             "employmentType": "FULL_TIME", "salary": {"min": 2900, "max": 3400, "currency": "EUR", "period": "month"}}
            """;

        var result = RawVacancyReader.Read(line.ReplaceLineEndings(" "));

        Assert.Null(result.Error);
        var raw = Assert.IsType<RawVacancy>(result.Vacancy);
        Assert.Equal("42", raw.Id);
        Assert.Equal("Schweißer (m/w/d) MIG/MAG", raw.Title);
        Assert.Equal("Müller GmbH", raw.Employer);
        Assert.Equal("47623", raw.Location!.PostalCode);
        Assert.Equal("DE", raw.Location.Country);
        Assert.Equal(51.583, raw.Location.Lat);
        Assert.Equal(new DateOnly(2026, 11, 2), raw.Posted);
        Assert.Equal(new DateOnly(2026, 12, 31), raw.ValidThrough);
        Assert.Equal(["FULL_TIME"], raw.EmploymentType);
        Assert.Equal(2900m, raw.Salary!.Min);
        Assert.Equal("month", raw.Salary.Period);
    }

    [Theory]
    [InlineData("""{"description": "Lasser gezocht"}""", "\"title\" is required")]
    [InlineData("""{"title": "   "}""", "\"title\" is required")]
    [InlineData("""{"title": 42}""", "\"title\" must be a string, got number 42")]
    [InlineData("""{"title": "Lasser", "location": {"lat": "51,58"}}""", "\"location.lat\" must be a number, got string \"51,58\"")]
    [InlineData("""{"title": "Lasser", "location": {"lat": 123.4}}""", "\"location.lat\" must be between -90 and 90")]
    [InlineData("""{"title": "Lasser", "posted": "gisteren"}""", "\"posted\" must be an ISO 8601 date")]
    [InlineData("""{"title": "Lasser", "location": {"country": "Nederland"}}""", "\"location.country\" must be an ISO 3166-1 alpha-2 code")]
    [InlineData("""{"title": "Lasser", "salary": {"min": "2.900"}}""", "\"salary.min\" must be a number")]
    [InlineData("""{"title": "Lasser", "salary": {"min": 3400, "max": 2900}}""", "\"salary.min\" (3400) is greater than \"salary.max\" (2900)")]
    [InlineData("""{"title": "Lasser", "locations": {"place": "Venlo"}}""", "\"locations\" must be an array")]
    [InlineData("""["Lasser"]""", "a vacancy must be a JSON object")]
    [InlineData("""{"title": "Lasser", """, "not valid JSON")]
    public void Read_BadLine_NamesTheFieldAndTheProblem(string line, string expected)
    {
        var result = RawVacancyReader.Read(line);

        Assert.Null(result.Vacancy);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LenientShapesWithOneClearMeaning_AreAccepted()
    {
        const string line = """{"id": 17, "title": "Soudeur (h/f/x)", "employer": {"name": "Métallerie Liégeoise"}, "location": "4000 Liège", "employmentType": ["FULL_TIME", "PERMANENT"], "posted": "2026-11-02T08:30:00+01:00", "salary": "€ 2.900 bruto per maand", "unknownField": {"x": 1}}""";

        var raw = RawVacancyReader.Read(line).Vacancy!;

        Assert.Equal("17", raw.Id);
        Assert.Equal("Métallerie Liégeoise", raw.Employer);
        Assert.Equal("4000 Liège", raw.Location!.Text);
        Assert.Equal(2, raw.EmploymentType.Count);
        Assert.Equal(new DateOnly(2026, 11, 2), raw.Posted);
        Assert.Equal("€ 2.900 bruto per maand", raw.Salary!.Text);
    }
}
