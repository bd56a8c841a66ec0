using System.Globalization;
using System.Text;
using System.Text.Json;
using GrensJobs.Cli;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Tests.Cli;

public sealed class NormaliseCommandLimitsTests
{
    [Fact]
    public async Task Run_HostileLines_AnswersEachLineInOrderAndExits2()
    {
        var description = string.Concat(Enumerable.Repeat("<p>Sie schweißen Baugruppen im MIG/MAG-Verfahren.</p>", 100));
        var input = Encoding.UTF8.GetBytes(string.Join('\n',
                """{"id": "1", "source": "uwv-demo", "url": "javascript:alert(1)", "title": "Lasser (m/v/x)", "location": {"place": "Venlo", "country": "NL"}}""",
                """{"source": "Bad Source/../x", "title": "Monteur (m/v/x)"}""",
                $$"""{"source": "mueller-gmbh", "title": "Schweißer (m/w/d)", "description": "{{description}}"}""",
                """{"title": "Heftruckchauffeur (m/v/x)", "description": "<p>Je rijdt met de heftruck in ons magazijn in Venlo. Goede kennis van het Nederlands.</p>", "language": "xx"}""") + "\n")
            .Concat(Encoding.Latin1.GetBytes("{\"title\": \"Verkäufer (m/w/d)\"}\n"))
            .ToArray();
        using var output = new MemoryStream();
        using var errors = new StringWriter();

        var exitCode = await NormaliseCommandTests.RunAsync(input, output, errors, new InputLimits { MaxDescriptionCharacters = 1_000 });

        Assert.Equal(ExitCodes.BadInput, exitCode);
        var lines = Lines(output);
        Assert.Equal(5, lines.Count);
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("url").ValueKind);
        Assert.Equal("1", lines[0].GetProperty("id").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.StartsWith("\"source\" must be a source id", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.Equal("\"description\" is 5,300 characters, the limit is 1,000 (Import:MaxDescriptionCharacters)", lines[2].GetProperty("error").GetString());
        Assert.Equal("nl", lines[3].GetProperty("language").GetString());
        Assert.Equal(5, lines[4].GetProperty("line").GetInt32());
        Assert.StartsWith("not valid UTF-8 at byte 16", lines[4].GetProperty("error").GetString(), StringComparison.Ordinal);

        var stderr = errors.ToString();
        Assert.Contains("line 1: warning: \"url\" \"javascript:alert(1)\" is not an http(s) address and was dropped", stderr, StringComparison.Ordinal);
        Assert.Contains("line 4: warning: \"language\" \"xx\" is not an ISO 639-1 code", stderr, StringComparison.Ordinal);
        Assert.Contains("line 3: \"description\" is 5,300 characters", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_GzipFile_AnswersEveryLineButShowsTwentyErrorsAndASummary()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var random = new Random(13);
            for (var i = 0; i < 3_000; i++)
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes($"{{\"id\": \"{i}\", \"title\": \"Berufskraftfahrer {random.Next()} (m/w/d)\"}}\n"), TestContext.Current.CancellationToken);
            }
        }

        using var output = new MemoryStream();
        using var errors = new StringWriter();

        var exitCode = await NormaliseCommandTests.RunAsync(compressed.ToArray(), output, errors);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        var answers = Lines(output);
        Assert.All(answers, answer => Assert.True(answer.TryGetProperty("error", out _)));
        var bytes = compressed.ToArray();
        var expectedLines = SplitLines(bytes).Select((line, index) => (Line: line, Number: index + 1))
            .Where(pair => pair.Line.Any(b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or 0x0B or 0x0C or >= 0x1C and <= 0x1F)))
            .Select(pair => pair.Number)
            .ToList();
        Assert.Equal(expectedLines, answers.Select(answer => answer.GetProperty("line").GetInt32()));
        var stderr = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, stderr.Length);
        Assert.All(stderr[..20], line => Assert.StartsWith("line ", line, StringComparison.Ordinal));
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"normalise: {answers.Count - 20:N0} more bad lines ({answers.Count:N0} of {answers.Count:N0} in all); the file looks binary (gzip-compressed? unpack it first with gunzip) — normalise expects JSON lines, one raw vacancy per line."),
            stderr[20]);
    }

    [Fact]
    public async Task Run_JsonArray_SaysSoInTheSummary()
    {
        var array = "[" + string.Join(",\n", Enumerable.Range(1, 30).Select(i => $$"""{"id": "{{i}}", "title": "Verpleegkundige {{i}} (m/v/x)"}""")) + "]\n";
        using var output = new MemoryStream();
        using var errors = new StringWriter();

        await NormaliseCommandTests.RunAsync(Encoding.UTF8.GetBytes(array), output, errors);

        Assert.Equal(30, Lines(output).Count);
        Assert.Contains("the file looks like one JSON array, not JSON lines", errors.ToString(), StringComparison.Ordinal);
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static List<JsonElement> Lines(MemoryStream output) =>
        [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
}
