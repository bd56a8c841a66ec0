using System.Diagnostics;

namespace GrensJobs.Tests.Cli;

/// <summary><c>crawl</c> as the real executable, with the product's own logging configuration.</summary>
public sealed class CrawlProcessTests
{
    [Fact]
    public async Task Run_CrawlUrlWithNothingListening_Exits1WithOneLineAndNoStackTrace()
    {
        var data = Directory.CreateTempSubdirectory("grensjobs-crawl-process-").FullName;
        try
        {
            var port = TestPorts.Free();
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment = { ["GrensJobs__CrawlHttp__RetryBaseDelay"] = "00:00:00.020" },
            };
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "grensjobs.dll"), "crawl", "--url", $"http://127.0.0.1:{port}/", "--data", data })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.Equal(1, process.ExitCode);
            Assert.Equal("", await stdout);
            var crawlLines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith("crawl ", StringComparison.Ordinal));
            Assert.Contains($"failed — the start page http://127.0.0.1:{port}/ could not be reached", Assert.Single(crawlLines), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Polly", stderr, StringComparison.Ordinal);
            Assert.True(stderr.Length < 1_000, stderr);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
