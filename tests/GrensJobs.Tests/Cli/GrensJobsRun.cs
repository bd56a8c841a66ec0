using System.Diagnostics;
using System.Globalization;

namespace GrensJobs.Tests.Cli;

/// <summary>One run of the real <c>grensjobs</c> executable (built beside the tests), its output collected as it goes.</summary>
internal sealed class GrensJobsRun : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private GrensJobsRun(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static GrensJobsRun Start(params string[] arguments) => Start(arguments, stdin: "");

    /// <summary>Starts it with <paramref name="stdin"/> written to its standard input, which is then closed, and <paramref name="environment"/> set.</summary>
    public static GrensJobsRun Start(string[] arguments, string stdin, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "grensjobs.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var run = new GrensJobsRun(process);
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        return run;
    }

    /// <summary>Runs to its end (at most <paramref name="limit"/>, default two minutes): exit code, stdout, stderr.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] arguments, string stdin = "", TimeSpan? limit = null)
    {
        using var run = Start(arguments, stdin);
        return await run.WaitAsync(limit ?? TimeSpan.FromMinutes(2));
    }

    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync(TimeSpan limit)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"grensjobs did not end within {limit.TotalSeconds:0} s; stderr so far:\n{await _stderr}");
        }

        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>Sends a signal (<c>TERM</c> as a service manager stops it, <c>KILL</c> as a crash).</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
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
