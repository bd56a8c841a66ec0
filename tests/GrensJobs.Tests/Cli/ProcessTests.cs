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
