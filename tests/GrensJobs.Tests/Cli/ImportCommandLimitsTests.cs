using System.Text;
using GrensJobs.Cli;
using GrensJobs.Core.Vacancies;
using GrensJobs.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Tests.Cli;

public sealed class ImportCommandLimitsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("grensjobs-import-limits-").FullName;
    private readonly string _file;

    public ImportCommandLimitsTests()
    {
        _file = Path.Combine(_dataDirectory, "vacancies.jsonl");
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_LinesBeyondTheLimits_AreLocatedErrorsAndTheRestIsImported()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("""{"id": "1", "source": "uwv-demo", "title": "Lasser (m/v/x)", "location": {"place": "Venlo", "country": "NL"}}""" + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes($$"""{"id": "2", "source": "mueller-gmbh", "title": "Koch (m/w/d)", "description": "{{new string('x', 3_000_000)}}"}""" + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes($$"""{"id": "3", "source": "mueller-gmbh", "title": "Schweißer (m/w/d)", "description": "<p>{{string.Concat(Enumerable.Repeat("Schweißen von Baugruppen. ", 5_000))}}</p>"}""" + "\n"));
        bytes.AddRange(Encoding.Latin1.GetBytes("{\"id\": \"4\", \"title\": \"Verkäufer (m/w/d)\"}\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("""{"id": "5", "source": "Bad Source/../x", "title": "Monteur (m/v/x)"}""" + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("""{"id": "6", "source": "forem-demo", "title": "Soudeur (h/f/x)", "url": "javascript:alert(1)", "language": "xx", "description": "<p>Vous soudez des structures en acier dans notre atelier de Liège. Néerlandais : un atout.</p>", "location": {"text": "4000 Liège"}}""" + "\n"));
        await File.WriteAllBytesAsync(_file, [.. bytes], Token);

        var (exitCode, report) = await ImportAsync(_file);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 2: the line is 3,000,", report, StringComparison.Ordinal);
        Assert.Contains("the limit is 1,048,576 (Import:MaxLineBytes); it was skipped", report, StringComparison.Ordinal);
        Assert.Contains("line 3: \"description\" is 130,007 characters, the limit is 100,000 (Import:MaxDescriptionCharacters)", report, StringComparison.Ordinal);
        Assert.Contains("line 4: not valid UTF-8 at byte 27", report, StringComparison.Ordinal);
        Assert.Contains("line 5: \"source\" must be a source id", report, StringComparison.Ordinal);
        Assert.Contains("line 6: warning: \"url\" \"javascript:alert(1)\" is not an http(s) address and was dropped", report, StringComparison.Ordinal);
        Assert.Contains("line 6: warning: \"language\" \"xx\"", report, StringComparison.Ordinal);
        Assert.Contains("2 of 6 lines imported", report, StringComparison.Ordinal);

        await using var services = BuildServices();
        var store = services.GetRequiredService<IVacancyStore>();
        Assert.Equal(2, (await store.CountAsync(Token)).Total);
        var soudeur = await store.GetAsync("forem-demo", "6", Token);
        Assert.Null(soudeur!.Vacancy.Url);
        Assert.Equal("fr", soudeur.Vacancy.Language);
    }

    [Fact]
    public async Task Run_ValidThroughBeforeToday_StoresTheVacancyAsExpired()
    {
        await File.WriteAllLinesAsync(_file, [
            """{"id": "BA-1", "source": "ba-demo", "title": "Berufskraftfahrer (m/w/d)", "validThrough": "2026-12-06", "location": {"text": "47533 Kleve"}}""",
            """{"id": "BA-2", "source": "ba-demo", "title": "Lagerist (m/w/d)", "validThrough": "2026-12-07", "location": {"text": "47533 Kleve"}}""",
            """{"id": "BA-3", "source": "ba-demo", "title": "Elektroniker (m/w/d)", "location": {"text": "47533 Kleve"}}""",
        ], Token);

        var (exitCode, report) = await ImportAsync(_file);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1 stored as expired (validThrough before 2026-12-07)", report, StringComparison.Ordinal);
        await using var services = BuildServices();
        var store = services.GetRequiredService<IVacancyStore>();
        Assert.Equal(VacancyStatus.Expired, (await store.GetAsync("ba-demo", "BA-1", Token))!.Status);
        Assert.Equal(VacancyStatus.Open, (await store.GetAsync("ba-demo", "BA-2", Token))!.Status);
        Assert.Equal(VacancyStatus.Open, (await store.GetAsync("ba-demo", "BA-3", Token))!.Status);

        var (_, again) = await ImportAsync(_file);
        Assert.Contains("0 new, 0 updated, 3 unchanged, 0 reopened; 0 bad. The store holds 3 vacancies (2 open).", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BinaryFile_CountsEveryBadLineButShowsTwentyAndASummary()
    {
        var random = new Random(42);
        var noise = new byte[200_000];
        random.NextBytes(noise);
        await File.WriteAllBytesAsync(_file, noise, Token);
        var breaks = noise.Count(b => b == (byte)'\n');

        var (exitCode, report) = await ImportAsync(_file);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Count(line => line.StartsWith("line ", StringComparison.Ordinal)));
        Assert.Contains(lines, line => line.StartsWith("import: ", StringComparison.Ordinal)
            && line.Contains("more bad lines", StringComparison.Ordinal)
            && line.Contains("the file looks binary", StringComparison.Ordinal)
            && line.EndsWith("import expects JSON lines, one raw vacancy per line.", StringComparison.Ordinal));
        // Every non-blank line is counted as bad (a few of the random lines are blank).
        var summary = System.Text.RegularExpressions.Regex.Match(report, @"import: 0 of (\d+) lines imported: .*; (\d+) bad\.");
        Assert.True(summary.Success, report);
        Assert.Equal(summary.Groups[1].Value, summary.Groups[2].Value);
        Assert.InRange(int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), breaks - 10, breaks + 1);
    }

    [Fact]
    public async Task Run_LimitsFromConfiguration_ApplyAndOutOfRangeIsRefusedInWords()
    {
        await File.WriteAllLinesAsync(_file, [
            """{"id": "1", "source": "uwv-demo", "title": "Medewerker klantenservice met Duits en Nederlands (m/v/x)"}""",
        ], Token);

        var (exitCode, report) = await ImportAsync(_file, new() { ["Import:MaxTitleCharacters"] = "20" });
        var (badExitCode, badReport) = await ImportAsync(_file, new() { ["Import:MaxLineBytes"] = "12" });

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 1: \"title\" is 57 characters, the limit is 20 (Import:MaxTitleCharacters)", report, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, badExitCode);
        Assert.Equal("import: Import:MaxLineBytes must be between 1024 and 268435456 bytes.", badReport.Trim());
    }

    [Fact]
    public async Task Run_StrictWithALineNotInUtf8_WritesNothing()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"id": "1", "source": "vdab", "title": "Lasser (m/v/x)", "location": {"text": "3600 Genk"}}""" + "\n")
            .Concat(Encoding.Latin1.GetBytes("{\"id\": \"2\", \"source\": \"forem-demo\", \"title\": \"Électricien (h/f/x)\"}\n"))
            .ToArray();
        await File.WriteAllBytesAsync(_file, bytes, Token);

        var (exitCode, report) = await ImportAsync(_file, strict: true);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 2: not valid UTF-8 at byte 47", report, StringComparison.Ordinal);
        Assert.Contains("--strict: the file was rejected at its first bad line; nothing was written.", report, StringComparison.Ordinal);
        await using var services = BuildServices();
        Assert.Equal(0, (await services.GetRequiredService<IVacancyStore>().CountAsync(Token)).Total);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private ServiceProvider BuildServices(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddProduct(configuration, _dataDirectory);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        return services.BuildServiceProvider();
    }

    private async Task<(int ExitCode, string Report)> ImportAsync(string file, Dictionary<string, string?>? settings = null, bool strict = false)
    {
        await using var services = BuildServices(settings);
        using var report = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(new ImportOptions(file, strict, Show: false), services, report, Token);
        return (exitCode, report.ToString());
    }
}
