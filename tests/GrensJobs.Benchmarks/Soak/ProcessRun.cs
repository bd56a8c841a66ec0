using System.Diagnostics;

namespace GrensJobs.Benchmarks.Soak;

/// <summary>The real <c>grensjobs</c> executable started with arguments; its stdout and stderr collected while it runs.</summary>
internal sealed class ProcessRun : IDisposable
{
    private readonly Process _process;

    private ProcessRun(Process process)
    {
        _process = process;
        Stdout = process.StandardOutput.ReadToEndAsync();
        Stderr = process.StandardError.ReadToEndAsync();
    }

    public Task<string> Stdout { get; }

    public Task<string> Stderr { get; }

    public int Id => _process.Id;

    public static ProcessRun Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grensjobs.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ProcessRun(Process.Start(start)!);
    }

    /// <summary>Runs to its end: the exit code and stderr.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var run = Start(arguments);
        var exitCode = await run.WaitAsync(cancellationToken).ConfigureAwait(false);
        return (exitCode, await run.Stderr.ConfigureAwait(false));
    }

    public async Task<int> WaitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
