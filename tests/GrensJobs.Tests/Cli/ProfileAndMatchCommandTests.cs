using System.Text.Json;

namespace GrensJobs.Tests.Cli;

/// <summary>
/// <c>profiles import | export | purge</c> and <c>match</c> as a user runs them: real processes on one data dir,
/// the CONTRACTS.md JSON on stdout, located errors and exit codes, the audit log behind every read.
/// </summary>
public sealed class ProfileAndMatchCommandTests : IDisposable
{
    private const string Vacancies = """
        {"source": "uwv-demo", "id": "venlo-lasser", "title": "Lasser MIG/MAG (m/v/x)", "employer": "Van Dijk Staalbouw B.V.", "language": "nl", "description": "<p>Als lasser MIG/MAG las je staalconstructies. Je spreekt goed Nederlands. 38 uur per week.</p>", "location": {"place": "Venlo", "postalCode": "5928", "country": "NL"}, "posted": "2026-11-20", "validThrough": "2030-03-31"}
        {"source": "ba-demo", "id": "kevelaer-c1", "title": "Schweißer (m/w/d) MIG/MAG", "employer": "Müller GmbH", "language": "de", "description": "<p>Schweißer (m/w/d) für MIG/MAG. Sehr gute Deutschkenntnisse (C1) erforderlich. 40 Stunden pro Woche.</p>", "location": {"place": "Kevelaer", "postalCode": "47623", "country": "DE"}, "posted": "2026-11-25", "validThrough": "2030-03-31"}
        {"source": "uwv-demo", "id": "venlo-kok", "title": "Kok (m/v/x)", "employer": "Hotel De Bovenste Molen", "language": "nl", "description": "<p>Kok in Venlo. Goede beheersing van het Nederlands.</p>", "location": {"place": "Venlo", "postalCode": "5913", "country": "NL"}, "posted": "2026-11-22", "validThrough": "2030-03-31"}
        """;

    private const string Profiles = """
        {"id": "p-1001", "name": "Jan Jansen", "email": "jan@example.nl", "desiredOccupations": [{"title": "lasser"}], "languages": [{"language": "nl", "level": "C2"}, {"language": "de", "level": "B1"}], "home": {"postalCode": "5911", "place": "Venlo", "country": "NL"}, "maxCommuteKm": 40}
        {"id": "p-1002", "desiredOccupations": [{"isco": "7212"}], "languages": [{"language": "de", "level": "C2"}], "home": {"postalCode": "47623", "place": "Kevelaer", "country": "DE"}, "maxCommuteKm": 30}
        {"id": "p-bad", "desiredOccupations": [{"isco": "72x"}]}
        """;

    private readonly string _data = Directory.CreateTempSubdirectory("grensjobs-match-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task ProfilesImport_BadRecord_LocatedErrorExitTwoTheRestImported()
    {
        var (exitCode, _, stderr) = await RunAsync(["profiles", "import", "-"], Profiles);

        Assert.Equal(2, exitCode);
        Assert.Contains("line 3 (p-bad): \"desiredOccupations[0].isco\" must be an ISCO-08 code of 1–4 digits, got \"72x\"", stderr, StringComparison.Ordinal);
        Assert.Contains("3 records, 2 new", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfilesImport_Strict_BadRecordWritesNothing()
    {
        var (exitCode, _, stderr) = await RunAsync(["profiles", "import", "-", "--strict"], Profiles);
        var (matchExit, _, matchError) = await RunAsync(["match", "--profile", "p-1001"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("nothing was written", stderr, StringComparison.Ordinal);
        Assert.Equal(2, matchExit);
        Assert.Contains("no profile \"p-1001\" in the store", matchError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_ProfileJson_ContractShapeBestFirstBlockerShownInUiLanguage()
    {
        await ImportAsync();

        var (exitCode, stdout, stderr) = await RunAsync(["match", "--profile", "p-1001", "--top", "5", "--json", "--ui-lang", "nl"]);

        Assert.True(exitCode == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal("p-1001", root.GetProperty("profile").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["venlo-lasser", "kevelaer-c1"], results.Select(r => r.GetProperty("vacancyId").GetString()));
        Assert.Equal(0, results[0].GetProperty("blockers").GetArrayLength());
        Assert.Contains("vraagt Duits C1; profiel heeft B1", results[1].GetProperty("blockers").EnumerateArray().Select(b => b.GetString()));
        Assert.True(results[0].GetProperty("score").GetDouble() > results[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Match_Vacancy_BestProfilesWithProfileIds()
    {
        await ImportAsync();

        var (exitCode, stdout, stderr) = await RunAsync(["match", "--vacancy", "kevelaer-c1", "--json"]);

        Assert.True(exitCode == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal("kevelaer-c1", document.RootElement.GetProperty("vacancy").GetString());
        var ids = document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("profileId").GetString()).ToList();
        Assert.Equal(["p-1002", "p-1001"], ids);
    }

    [Fact]
    public async Task Match_ProfileFile_MatchesWithoutStoringIt()
    {
        await ImportAsync();
        var file = Path.Combine(_data, "anna.json");
        await File.WriteAllTextAsync(file, """{"id": "anna", "desiredOccupations": [{"title": "Koch"}], "languages": [{"language": "nl", "level": "B2"}], "home": {"place": "Venlo", "country": "NL"}}""", TestContext.Current.CancellationToken);

        var (exitCode, stdout, _) = await RunAsync(["match", "--profile-file", file, "--json"]);
        var (exportExit, _, _) = await RunAsync(["profiles", "export", "--id", "anna"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"vacancyId\":\"venlo-kok\"", stdout, StringComparison.Ordinal);
        Assert.Equal(2, exportExit);
    }

    [Theory]
    [InlineData(new[] { "match" }, "Give exactly one of --profile ID, --profile-file FILE or --vacancy ID.")]
    [InlineData(new[] { "match", "--profile", "p-1", "--vacancy", "v-1" }, "Give exactly one of")]
    [InlineData(new[] { "match", "--profile", "p-1", "--top", "0" }, "--top must be between 1 and 100.")]
    [InlineData(new[] { "match", "--vacancy", "no-such-vacancy" }, "no vacancy \"no-such-vacancy\" in the store.")]
    [InlineData(new[] { "profiles", "import", "-", "--format", "xml" }, "xml")]
    public async Task Run_BadUsage_ExitTwoInWords(string[] arguments, string expected)
    {
        var (exitCode, stdout, stderr) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfilesExportThenPurge_ExportHoldsDataAndAccessesPurgeForgetsAndIsAudited()
    {
        await ImportAsync();
        await RunAsync(["match", "--profile", "p-1001", "--reason", "gesprek 12/8"]);

        var (exportExit, export, _) = await RunAsync(["profiles", "export", "--id", "p-1001"]);
        var (purgeExit, _, purgeReport) = await RunAsync(["profiles", "purge", "--id", "p-1001"]);
        var (afterExit, _, afterReport) = await RunAsync(["match", "--profile", "p-1001"]);
        var (againExit, _, _) = await RunAsync(["profiles", "export", "--id", "p-1001"]);

        Assert.Equal(0, exportExit);
        using (var document = JsonDocument.Parse(export))
        {
            var root = document.RootElement;
            Assert.Equal("p-1001", root.GetProperty("profile").GetProperty("profile").GetProperty("id").GetString());
            var actions = root.GetProperty("accesses").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
            Assert.Contains("match.profile", actions);
            Assert.Contains("profile.import", actions);
            Assert.Contains(root.GetProperty("accesses").EnumerateArray(), a => a.GetProperty("reason").GetString() == "gesprek 12/8");
            Assert.DoesNotContain("Jan Jansen", export, StringComparison.Ordinal);
            Assert.DoesNotContain("jan@example.nl", export, StringComparison.Ordinal);
        }

        Assert.Equal(0, purgeExit);
        Assert.Contains("deleted from the store", purgeReport, StringComparison.Ordinal);
        Assert.Equal(2, afterExit);
        Assert.Contains("no profile \"p-1001\"", afterReport, StringComparison.Ordinal);
        Assert.Equal(2, againExit);
    }

    [Fact]
    public async Task ProfilesPurge_OlderThan_KeepsRecentProfiles()
    {
        await ImportAsync();

        var (exitCode, _, stderr) = await RunAsync(["profiles", "purge", "--older-than", "30"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 profiles not updated for 30 days deleted; 2 remain.", stderr, StringComparison.Ordinal);
    }

    private async Task ImportAsync()
    {
        var (vacancyExit, _, vacancyError) = await RunAsync(["import", "-"], Vacancies);
        Assert.True(vacancyExit == 0, vacancyError);
        var (profileExit, _, _) = await RunAsync(["profiles", "import", "-"], Profiles);
        Assert.Equal(2, profileExit);
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] arguments, string stdin = "") =>
        GrensJobsRun.RunAsync([.. arguments, "--data", _data], stdin, TimeSpan.FromMinutes(2));
}
