using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GrensJobs.Tests.Cli;

/// <summary><c>serve</c> when a port it needs is taken: a message naming the port and the setting, exit 1, no stack trace.</summary>
public sealed class ServePortTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("grensjobs-serve-ports-").FullName;

    [Fact]
    public async Task ServeDemo_ADemoPortTaken_Exits1NamingThePortAndTheSetting()
    {
        var basePort = TestPorts.FreeBase();
        using var holder = new TcpListener(IPAddress.Loopback, basePort + 2);
        holder.Start();

        var (exitCode, stderr) = await ServeAsync(
            ["--demo", "--urls", $"http://127.0.0.1:{TestPorts.Free()}"], ("GrensJobs__Demo__BasePort", basePort.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(1, exitCode);
        Assert.Contains($"serve: port {basePort + 2} (demo site liege-industrie) is already in use", stderr, StringComparison.Ordinal);
        Assert.Contains("Demo:BasePort", stderr, StringComparison.Ordinal);
        Assert.Contains("GrensJobs__Demo__BasePort=", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UrlsPortTaken_Exits1NamingThePortAndUrls()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var (exitCode, stderr) = await ServeAsync(["--urls", $"http://127.0.0.1:{port}"]);

        Assert.Equal(1, exitCode);
        Assert.Contains($"serve: cannot listen on http://127.0.0.1:{port}: port {port} is already in use", stderr, StringComparison.Ordinal);
        Assert.Contains("--urls", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeDemo_BasePortOutOfRange_Exits2NamingTheSetting()
    {
        var (exitCode, stderr) = await ServeAsync(["--demo"], ("GrensJobs__Demo__BasePort", "80"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Demo:BasePort (GrensJobs__Demo__BasePort) is 80", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private async Task<(int ExitCode, string Stderr)> ServeAsync(string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "grensjobs.dll"), "serve", "--data", dataDirectory }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await stdout;
        return (process.ExitCode, stderr);
    }
}
