using System.Text;
using System.Text.Json;
using GrensJobs.Cli;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Tests.Cli;

public sealed class NormaliseCommandTests
{
    private const string ContractExample = """{"id": "42", "source": "mueller-gmbh", "url": "https://karriere.example.de/jobs/42?utm_source=x&utm_medium=feed#apply", "title": "Schweißer (m/w/d) MIG/MAG", "description": "<h2>Ihre Aufgaben</h2><ul><li>Schweißen von Baugruppen</li><li>Lesen von Zeichnungen</li></ul><h2>Ihr Profil</h2><p>Abgeschlossene Ausbildung als Metallbauer, gute Deutschkenntnisse (B2).</p><p>Vollzeit, 38-40 Std./Woche, unbefristet.</p><script>alert('x')</script>", "employer": "Müller GmbH", "location": {"text": "47623 Kevelaer", "postalCode": "47623", "place": "Kevelaer", "country": "DE", "lat": 51.583, "lon": 6.247}, "locations": [], "posted": "2026-11-02", "validThrough": "2026-12-31", "language": "de", "employmentType": "FULL_TIME", "salary": {"min": 2900, "max": 3400, "currency": "EUR", "period": "month"}}""";

    [Fact]
    public async Task Run_ContractExample_PrintsTheNormalisedVacancy()
    {
        var (exitCode, lines) = await NormaliseAsync(ContractExample);

        Assert.Equal(ExitCodes.Success, exitCode);
        var vacancy = Assert.Single(lines).RootElement;
        Assert.Equal("42", vacancy.GetProperty("id").GetString());
        Assert.Equal("mueller-gmbh", vacancy.GetProperty("source").GetString());
        Assert.Equal("https://karriere.example.de/jobs/42", vacancy.GetProperty("url").GetString());
        Assert.Equal("Schweißer (m/w/d) MIG/MAG", vacancy.GetProperty("title").GetString());
        Assert.DoesNotContain("alert", vacancy.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("- Schweißen von Baugruppen", vacancy.GetProperty("text").GetString(), StringComparison.Ordinal);

        var occupation = vacancy.GetProperty("occupation");
        Assert.Equal("7212", occupation.GetProperty("isco").GetString());
        Assert.StartsWith("http://data.europa.eu/esco/occupation/", occupation.GetProperty("esco").GetString(), StringComparison.Ordinal);
        Assert.Equal("lasser", occupation.GetProperty("label").GetProperty("nl").GetString());

        var location = vacancy.GetProperty("location");
        Assert.Equal("DEA1B", location.GetProperty("nuts3").GetString());
        var euregios = location.GetProperty("euregios").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("rhein-waal", euregios);
        Assert.Contains("rhein-maas-nord", euregios);

        var german = Assert.Single(vacancy.GetProperty("languages").EnumerateArray());
        Assert.Equal("de", german.GetProperty("language").GetString());
        Assert.Equal("B2", german.GetProperty("level").GetString());
        Assert.True(german.GetProperty("required").GetBoolean());

        Assert.Equal(38, vacancy.GetProperty("hours").GetProperty("min").GetDecimal());
        Assert.Equal(40, vacancy.GetProperty("hours").GetProperty("max").GetDecimal());
        Assert.Equal("permanent", vacancy.GetProperty("contract").GetString());
        Assert.Equal(2900, vacancy.GetProperty("salary").GetProperty("min").GetDecimal());
        Assert.Equal("month", vacancy.GetProperty("salary").GetProperty("period").GetString());
        Assert.Equal("2026-11-02", vacancy.GetProperty("posted").GetString());
        Assert.False(vacancy.TryGetProperty("status", out _), "normalise leaves the stored lifecycle fields out");
    }

    [Fact]
    public async Task Run_BadLines_GiveAnErrorObjectInTheirPlaceAndExitCode2()
    {
        var input = string.Join('\n',
            """{"title": "Lasser (m/v/x)", "location": {"place": "Venlo", "country": "NL"}}""",
            "",
            """{"title": "Heftruckchauffeur", "location": {"lat": "51,58"}}""",
            "this is not json",
            """{"description": "no title here"}""",
            """{"title": "Soudeur (h/f/x)", "location": {"text": "4000 Liège"}, "language": "fr"}""");

        var (exitCode, lines) = await NormaliseAsync(input);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal(5, lines.Count);
        Assert.Equal("Lasser (m/v/x)", lines[0].RootElement.GetProperty("title").GetString());
        Assert.Equal(3, lines[1].RootElement.GetProperty("line").GetInt32());
        Assert.Contains("\"location.lat\" must be a number", lines[1].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, lines[2].RootElement.GetProperty("line").GetInt32());
        Assert.Equal(5, lines[3].RootElement.GetProperty("line").GetInt32());
        Assert.Contains("\"title\" is required", lines[3].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("BE", lines[4].RootElement.GetProperty("location").GetProperty("country").GetString());
    }

    [Fact]
    public async Task Run_SameInputTwice_GivesTheSameOutput()
    {
        var input = string.Join('\n', Enumerable.Range(1, 40).Select(i =>
            $$$"""{"title": "Heftruckchauffeur {{{i}}} (m/v/x)", "description": "<p>Fulltime, 40 uur per week. Vloeiend Nederlands, Duits is een pré.</p>", "location": {"text": "5928 Venlo"}}"""));

        var first = await NormaliseRawAsync(input);
        var second = await NormaliseRawAsync(input);

        Assert.Equal(first, second);
        Assert.Equal(40, first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static async Task<(int ExitCode, List<JsonDocument> Lines)> NormaliseAsync(string input)
    {
        using var output = new MemoryStream();
        var exitCode = await RunAsync(Encoding.UTF8.GetBytes(input), output, TextWriter.Null);
        var lines = Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line))
            .ToList();
        return (exitCode, lines);
    }

    private static async Task<string> NormaliseRawAsync(string input)
    {
        using var output = new MemoryStream();
        await RunAsync(Encoding.UTF8.GetBytes(input), output, TextWriter.Null);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Runs the verb on <paramref name="input"/> as stdin would give it, with the default limits.</summary>
    internal static async Task<int> RunAsync(byte[] input, Stream output, TextWriter errors, InputLimits? limits = null)
    {
        limits ??= new InputLimits();
        await using var reader = new JsonLineReader(new MemoryStream(input), limits.MaxLineBytes);
        return await NormaliseCommand.RunAsync(reader, output, errors, limits, TestContext.Current.CancellationToken);
    }
}
