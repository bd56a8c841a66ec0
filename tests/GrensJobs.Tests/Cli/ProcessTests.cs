using System.Diagnostics;

namespace GrensJobs.Tests.Cli;

/// <summary>The real executable: exit codes and streams as CONTRACTS.md fixes them.</summary>
public sealed class ProcessTests
{
    [Theory]
    [InlineData(new[] { "--no-such-option" }, 2)]
    [InlineData(new[] { "no-such-verb" }, 2)]
    [InlineData(new[] { "import" }, 2)]
    [InlineData(new[] { "--version" }, 0)]
    [InlineData(new[] { "normalise", "--help" }, 0)]
    [InlineData(new[] { "import", "--help" }, 0)]
    public async Task Run_Arguments_GiveTheContractExitCode(string[] arguments, int expected)
    {
        var (exitCode, _, _) = await RunAsync(arguments, stdin: "");

        Assert.Equal(expected, exitCode);
    }

    [Theory]
    [InlineData(new[] { "search", "lasser", "--page", "2147483647", "--top", "1000" }, "--top: 1000 is out of range; give a number from 1 to 100.")]
    [InlineData(new[] { "search", "lasser", "--page", "2147483647", "--top", "100" }, "--page 2147483647 with --top 100 reaches result 214748364700, beyond the limit of 10000")]
    [InlineData(new[] { "search", "lasser", "--near", "Venlo", "--radius", "abc" }, "--radius: \"abc\" is not a number; give one from 1 to 1000.")]
    [InlineData(new[] { "search", "--country", "XX" }, "--country: \"XX\" is not an ISO 3166-1 country code")]
    [InlineData(new[] { "search", "--min-salary", "-1" }, "--min-salary: -1 is out of range; give a number from 0 to 1000000.")]
    [InlineData(new[] { "search", "--page", "abc" }, "--page: \"abc\" is not a whole number")]
    [InlineData(new[] { "crawl", "--all", "--max-pages", "abc" }, "--max-pages: \"abc\" is not a whole number; give one from 1 to 10000000.")]
    [InlineData(new[] { "crawl", "--all", "--max-pages", "99999999999" }, "--max-pages: 99999999999 is out of range")]
    [InlineData(new[] { "crawl", "--all", "--max-minutes", "1e400" }, "--max-minutes: \"1e400\" is not a number")]
    [InlineData(new[] { "crawl", "--all", "--max-minutes", "0" }, "--max-minutes: 0 is out of range; give a number greater than 0 and at most 10080.")]
    public async Task Run_BadValues_ExitTwoSayingWhatIsWrongInWords(string[] arguments, string expected)
    {
        var data = Directory.CreateTempSubdirectory("grensjobs-usage-").FullName;
        try
        {
            var (exitCode, stdout, stderr) = await RunAsync([.. arguments, "--data", data], stdin: "");

            Assert.Equal(2, exitCode);
            Assert.Equal("", stdout);
            Assert.Contains(expected, stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Cannot parse", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Run_SearchHelp_ListsTheLimits()
    {
        var (exitCode, stdout, _) = await RunAsync(["search", "--help"], stdin: "");

        Assert.Equal(0, exitCode);
        var help = string.Join(' ', stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("QUERY at most 500 characters and 32 words; --top 1 to 100; --page × --top at most 10000", help, StringComparison.Ordinal);
        Assert.Contains("at most 50 values in a list option; --radius up to 1000 km; --min-salary 0 to 1000000.", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NormaliseWithBadLine_MachineOutputOnStdoutMessagesOnStderr()
    {
        var (exitCode, stdout, stderr) = await RunAsync(["normalise"], "{\"title\": \"Kraftfahrer (m/w/d)\"}\n{\"id\": 1}\n");

        Assert.Equal(2, exitCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"line\":2", lines[1], StringComparison.Ordinal);
        Assert.Contains("line 2: \"title\" is required", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2", stdout.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ImportWithDataOptionAfterTheVerb_CreatesTheStoreThere()
    {
        var data = Directory.CreateTempSubdirectory("grensjobs-process-").FullName;
        try
        {
            var target = Path.Combine(data, "nested", "dir");
            var (exitCode, _, stderr) = await RunAsync(["import", "-", "--data", target], "{\"id\": \"a\", \"title\": \"Elektriker (m/w/d)\", \"location\": {\"text\": \"52062 Aachen\"}}\n");

            Assert.Equal(0, exitCode);
            Assert.Contains("1 new", stderr, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(target, "grensjobs.db")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Run_ImportIntoAFileThatIsNotAStore_ExitsWith1AndAOneLineReason()
    {
        var data = Directory.CreateTempSubdirectory("grensjobs-corrupt-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(data, "grensjobs.db"), "Dit is geen database.", TestContext.Current.CancellationToken);

            var (exitCode, _, stderr) = await RunAsync(["import", "-", "--data", data], "{\"title\": \"Lasser\"}\n");

            Assert.Equal(1, exitCode);
            Assert.Contains("error: the store is unavailable", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] arguments, string stdin) =>
        GrensJobsRun.RunAsync(arguments, stdin);
}
