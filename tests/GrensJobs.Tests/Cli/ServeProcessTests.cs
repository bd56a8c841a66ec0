using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GrensJobs.Tests.Demo;

namespace GrensJobs.Tests.Cli;

/// <summary>
/// <c>serve --demo</c> as a user runs it: the real executable, the demo crawled, searched over HTTP, then stopped with
/// SIGTERM (what a service manager sends; Ctrl-C's SIGINT takes the same path, but a process started in the
/// background of a non-interactive shell, as CI runs tests, inherits SIGINT as ignored).
/// </summary>
[Collection(DemoPorts.Name)]
public sealed class ServeProcessTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("grensjobs-serve-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServeDemo_CrawlsTheDemoSourcesServesSearchAndStopsCleanlyWhenAskedTo()
    {
        var port = TestPorts.Free();
        var demoPort = TestPorts.FreeBase();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["GrensJobs__Demo__BasePort"] = demoPort.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "grensjobs.dll"), "serve", "--demo", "--urls", $"http://127.0.0.1:{port}", "--data", dataDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                stderr.Enqueue(line.Data);
            }
        };
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            var total = await WaitForAsync(http, "/api/search?q=soudeur&top=5", root => root.GetProperty("total").GetInt32() > 0);
            Assert.True(total.GetProperty("results")[0].GetProperty("country").GetString() is "BE" or "DE" or "NL");

            var sources = await WaitForAsync(http, "/api/sources", root =>
                root.GetArrayLength() == 6 && root.EnumerateArray().All(source => source.GetProperty("health").GetString() == "healthy"));
            Assert.Contains(sources.EnumerateArray(), source => source.GetProperty("id").GetString() == "ba-demo"
                && source.GetProperty("lastRun").GetProperty("new").GetInt32() == 98);
            var bad = await http.GetAsync(new Uri("/api/search?radius=10", UriKind.Relative), Token);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

            // The demo mediator account: its password printed once on stderr opens the mediator API over real HTTP.
            var announced = stderr.Single(line => line.StartsWith("demo: mediator account \"demo\", password ", StringComparison.Ordinal));
            var password = announced.Split(' ')[5];
            using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer() };
            using var mediator = new HttpClient(cookies) { BaseAddress = http.BaseAddress };
            using var login = await mediator.PostAsync(new Uri("/api/v1/mediator/login", UriKind.Relative),
                System.Net.Http.Json.JsonContent.Create(new { name = "demo", password }), Token);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            using var me = await mediator.GetAsync(new Uri("/api/v1/mediator/me", UriKind.Relative), Token);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Contains("\"role\":\"mediator\"", await me.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }
        finally
        {
            await StopAsync(process);
        }

        Assert.Equal(130, process.ExitCode);
        process.WaitForExit();
        var log = string.Join('\n', stderr);
        Assert.Contains($"demo: venlo-techniek (schema-org) at http://127.0.0.1:{demoPort}/", log, StringComparison.Ordinal);
        Assert.Contains("serve: stopped.", log, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private static async Task<JsonElement> WaitForAsync(HttpClient http, string path, Func<JsonElement, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative), Token));
                if (done(document.RootElement) || deadline.Elapsed > TimeSpan.FromSeconds(90))
                {
                    return document.RootElement.Clone();
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(90))
            {
                // Not listening yet.
            }

            await Task.Delay(500, Token);
        }
    }

    private static async Task StopAsync(Process process)
    {
        using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await terminate.WaitForExitAsync(Token);
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        stop.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("serve did not stop within 30 s of SIGTERM.");
        }
    }
}
