using System.Text.Json;
using GrensJobs.Cli;
using GrensJobs.Storage.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Cli;

/// <summary>
/// <c>stats opportunity</c> as a real process on a small data dir: the border-region fixtures imported with
/// <c>import</c> and <c>profiles import</c>, then the indicator in each format.
/// </summary>
public sealed class StatsOpportunityProcessTests(StatsOpportunityProcessTests.BorderDataDir data) : IClassFixture<StatsOpportunityProcessTests.BorderDataDir>
{
    [Fact]
    public async Task Run_JsonAtUnitGroupInDutch_RowsTotalAndOneAggregateAuditEntry()
    {
        var (exitCode, stdout, stderr) = await GrensJobsRun.RunAsync(
            ["stats", "opportunity", "--isco", "4", "--format", "json", "--ui-lang", "nl", "--reason", "Euregio-analyse 2026", "--data", data.Directory]);

        Assert.True(exitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var welders = Assert.Single(rows, r =>
            r.GetProperty("euregio").GetString() == "rhein-maas-nord" && r.GetProperty("isco").GetString() == "7212" && r.GetProperty("country").GetString() == "DE");
        Assert.Equal("Lassers en snijders", welders.GetProperty("label").GetString());
        Assert.Equal("euregio rijn-maas-noord", welders.GetProperty("euregioName").GetString());
        Assert.Equal((2, 1, 0.5), (welders.GetProperty("openVacancies").GetInt32(), welders.GetProperty("jobseekersOtherSide").GetInt32(), welders.GetProperty("ratio").GetDouble()));
        var total = json.RootElement.GetProperty("total");
        Assert.Equal((28, 8), (total.GetProperty("openVacancies").GetInt32(), total.GetProperty("jobseekersOtherSide").GetInt32()));
        Assert.Contains("stats opportunity: ", stderr, StringComparison.Ordinal);

        await using var services = AppServices.Build(data.Directory);
        var entries = await services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery(Limit: 500), TestContext.Current.CancellationToken);
        var aggregate = Assert.Single(entries, e => e.Action == AuditActions.Aggregate && e.Reason == "Euregio-analyse 2026");
        Assert.Null(aggregate.ProfileId);
        Assert.Equal("cli:" + Environment.UserName, aggregate.Actor);
        Assert.DoesNotContain("p-", aggregate.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Csv_HeaderRowThenRowsOnStdout()
    {
        var (exitCode, stdout, stderr) = await GrensJobsRun.RunAsync(
            ["stats", "opportunity", "--format", "csv", "--euregio", "maas-rijn", "--data", data.Directory]);

        Assert.True(exitCode == 0, stderr);
        var lines = stdout.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("euregio,euregioName,isco,label,country,openVacancies,jobseekersOtherSide,ratio", lines[0]);
        Assert.Contains("maas-rijn,Euregio Meuse-Rhine,22,Health professionals,DE,1,2,2", lines);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("maas-rijn,", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_Table_GermanHeadersNamesAndTotal()
    {
        var (exitCode, stdout, stderr) = await GrensJobsRun.RunAsync(["stats", "opportunity", "--ui-lang", "de", "--data", data.Directory]);

        Assert.True(exitCode == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Euregio ", lines[0], StringComparison.Ordinal);
        Assert.Contains("Arbeitsuchende jenseits der Grenze", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("Euregio Maas-Rhein", StringComparison.Ordinal) && line.Contains("Akademische und verwandte Gesundheitsberufe", StringComparison.Ordinal));
        Assert.Matches(@"^Gesamt\s+28\s+8\s+0,29$", lines[^1].TrimEnd('\r'));
    }

    [Theory]
    [InlineData(new[] { "stats", "opportunity", "--euregio", "maas-rijn,rijn-ijssel" }, "unknown Euregio \"rijn-ijssel\"; use one of ems-dollart, euregio")]
    [InlineData(new[] { "stats", "opportunity", "--isco", "5" }, "--isco: 5 is out of range; give a whole number from 1 to 4.")]
    [InlineData(new[] { "stats", "opportunity", "--format", "xlsx" }, "xlsx")]
    public async Task Run_BadOptions_ExitTwoInWords(string[] arguments, string expected)
    {
        var (exitCode, stdout, stderr) = await GrensJobsRun.RunAsync([.. arguments, "--data", data.Directory]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>A data dir with the fixture vacancies and profiles imported by the real verbs.</summary>
    public sealed class BorderDataDir : IAsyncLifetime
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("grensjobs-opportunity-").FullName;

        public async ValueTask InitializeAsync()
        {
            var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Opportunity");
            var vacancies = await GrensJobsRun.RunAsync(["import", Path.Combine(fixtures, "vacancies.jsonl"), "--data", Directory]);
            Assert.True(vacancies.ExitCode == 0, vacancies.Stderr);
            var profiles = await GrensJobsRun.RunAsync(["profiles", "import", Path.Combine(fixtures, "profiles.jsonl"), "--format", "grensjobs", "--data", Directory]);
            Assert.True(profiles.ExitCode == 0, profiles.Stderr);
        }

        public ValueTask DisposeAsync()
        {
            System.IO.Directory.Delete(Directory, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
