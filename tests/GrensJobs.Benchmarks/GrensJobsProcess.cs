using System.Diagnostics;

namespace GrensJobs.Benchmarks;

/// <summary>Runs the real <c>grensjobs</c> executable (built beside this benchmark) with stdin from a file.</summary>
internal static class GrensJobsProcess
{
    public static async Task<(TimeSpan Wall, TimeSpan Cpu, int ExitCode)> RunAsync(string[] arguments, string? stdinFile)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "grensjobs.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var drainOut = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var drainErr = process.StandardError.ReadToEndAsync();
        if (stdinFile is not null)
        {
            await using var input = File.OpenRead(stdinFile);
            await input.CopyToAsync(process.StandardInput.BaseStream);
        }

        process.StandardInput.Close();
        await Task.WhenAll(drainOut, drainErr);
        await process.WaitForExitAsync();
        clock.Stop();
        return (clock.Elapsed, process.TotalProcessorTime, process.ExitCode);
    }
}
