using GrensJobs.Cli;
using GrensJobs.Core.Vacancies;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("grensjobs-import-").FullName;
    private readonly string _file;

    public ImportCommandTests()
    {
        _file = Path.Combine(_dataDirectory, "vacancies.jsonl");
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_ValidFile_StoresEveryVacancyAndReimportIsUnchanged()
    {
        await File.WriteAllLinesAsync(_file, [
            """{"id": "1", "source": "uwv-demo", "title": "Lasser (m/v/x)", "location": {"place": "Venlo", "country": "NL"}}""",
            """{"id": "2", "source": "uwv-demo", "title": "Verpleegkundige", "location": {"text": "6411 Heerlen"}}""",
            """{"source": "mueller-gmbh", "url": "https://karriere.example.de/jobs/77?utm_campaign=herbst", "title": "Berufskraftfahrer (m/w/d)", "location": {"text": "47623 Kevelaer"}}""",
        ], Token);

        var (exitCode, report) = await ImportAsync(new ImportOptions(_file, Strict: false, Show: false));
        var (secondExitCode, secondReport) = await ImportAsync(new ImportOptions(_file, Strict: false, Show: false));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("3 new", report, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, secondExitCode);
        Assert.Contains("0 new, 0 updated, 3 unchanged", secondReport, StringComparison.Ordinal);

        await using var services = AppServices.Build(_dataDirectory);
        var store = services.GetRequiredService<IVacancyStore>();
        var byUrl = await store.GetAsync("mueller-gmbh", "https://karriere.example.de/jobs/77", Token);
        Assert.NotNull(byUrl);
        Assert.Equal(VacancyStatus.Open, byUrl.Status);
        Assert.Equal("DE", byUrl.Vacancy.Location?.Country);
        var nurse = await store.GetAsync("uwv-demo", "2", Token);
        Assert.Equal("2221", nurse?.Vacancy.Occupation?.Isco);
    }

    [Fact]
    public async Task Run_BadLines_ImportsTheValidOnesReportsEachAndExits2()
    {
        await File.WriteAllLinesAsync(_file, [
            """{"id": "1", "title": "Lasser", "location": {"place": "Venlo", "country": "NL"}}""",
            """{"id": "2", "title": "Monteur", "location": {"lat": "51,58"}}""",
            """{"id": "3", "title": "Schweißer (m/w/d)"}""",
        ], Token);

        var (exitCode, report) = await ImportAsync(new ImportOptions(_file, Strict: false, Show: false));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 2: \"location.lat\" must be a number", report, StringComparison.Ordinal);
        Assert.Contains("2 of 3 lines imported", report, StringComparison.Ordinal);
        await using var services = AppServices.Build(_dataDirectory);
        var counts = await services.GetRequiredService<IVacancyStore>().CountAsync(Token);
        Assert.Equal(2, counts.Total);
    }

    [Fact]
    public async Task Run_StrictWithABadLine_WritesNothing()
    {
        await File.WriteAllLinesAsync(_file, [
            """{"id": "1", "title": "Lasser"}""",
            """{"id": "2", "title": "Monteur"}""",
            """{"id": "3"}""",
        ], Token);

        var (exitCode, report) = await ImportAsync(new ImportOptions(_file, Strict: true, Show: false));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("line 3: \"title\" is required", report, StringComparison.Ordinal);
        await using var services = AppServices.Build(_dataDirectory);
        var counts = await services.GetRequiredService<IVacancyStore>().CountAsync(Token);
        Assert.Equal(0, counts.Total);
    }

    [Fact]
    public async Task Run_MissingFile_ExitsWithBadInput()
    {
        var (exitCode, report) = await ImportAsync(new ImportOptions(Path.Combine(_dataDirectory, "missing.jsonl"), Strict: false, Show: false));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("missing.jsonl: no such file", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Show_PrintsWhatWasNormalised()
    {
        await File.WriteAllLinesAsync(_file, [
            """{"id": "1", "source": "forem-demo", "title": "Soudeur (h/f/x)", "description": "<p>Néerlandais : un atout.</p>", "location": {"text": "4000 Liège"}, "language": "fr"}""",
        ], Token);

        var (_, report) = await ImportAsync(new ImportOptions(_file, Strict: false, Show: true));

        Assert.Contains("forem-demo/1  Soudeur (h/f/x)", report, StringComparison.Ordinal);
        Assert.Contains("7212", report, StringComparison.Ordinal);
        Assert.Contains("BE332", report, StringComparison.Ordinal);
        Assert.Contains("nl:? (plus)", report, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private async Task<(int ExitCode, string Report)> ImportAsync(ImportOptions options)
    {
        await using var services = AppServices.Build(_dataDirectory);
        using var report = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(options, services, report, Token);
        return (exitCode, report.ToString());
    }
}
