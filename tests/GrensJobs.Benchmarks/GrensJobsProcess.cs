using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GrensJobs.Benchmarks;

/// <summary>
/// Runs the real <c>grensjobs</c> executable (built beside this benchmark) with stdin from a file, under bash so that
/// its CPU time (user + system, from bash's <c>times</c>) can be read after it has exited.
/// </summary>
internal static partial class GrensJobsProcess
{
    public static async Task<(TimeSpan Wall, TimeSpan Cpu, int ExitCode)> RunAsync(string[] arguments, string? stdinFile)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "grensjobs.dll");
        var command = string.Join(' ', new[] { "dotnet", Quote(dll) }.Concat(arguments.Select(Quote)))
                      + $" < {Quote(stdinFile ?? "/dev/null")} > /dev/null; status=$?; times; exit $status";
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();

        // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.056s".
        var childTimes = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var cpu = Times().Matches(childTimes).Aggregate(TimeSpan.Zero, (total, match) => total
            + TimeSpan.FromMinutes(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            + TimeSpan.FromSeconds(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)));
        _ = await errors;
        return (clock.Elapsed, cpu, process.ExitCode);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"(\d+)m([\d.]+)s")]
    private static partial Regex Times();
}
