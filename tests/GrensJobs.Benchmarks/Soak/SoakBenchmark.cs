using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GrensJobs.Cli;
using GrensJobs.Corpus;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Benchmarks.Soak;

/// <summary>
/// <c>soak [--minutes 10]</c>: <c>serve --demo</c> runs while other processes import fresh and repeated vacancies,
/// crawl the demo sites, and search from the command line, and clients search over HTTP without pause. At the end the
/// figures: processes run and failed per verb, requests failed and their latency, index errors in serve's log, and
/// whether the index holds exactly the store's open vacancies once serve has caught up.
/// </summary>
internal static class SoakBenchmark
{
    private static readonly string[] Queries = ["lasser", "Schweißer", "soudeur", "verpleegkundige", "Pflegefachkraft", "heftruckchauffeur", "Elektroniker", "magasinier", "CNC", "Verkäufer"];
    private static readonly string[] Places = ["Venlo", "Aachen", "Liège", "Kleve", "Hasselt", "Enschede"];

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("grensjobs-soak-").FullName;
        var data = Path.Combine(work, "data");
        var port = FreePort();
        var tally = new SoakTally();
        var serveLog = Path.Combine(work, "serve.log");
        Console.Error.WriteLine($"soak: {arguments.Minutes} minute(s), data dir {data}, serve on port {port}");
        try
        {
            using var serve = ProcessRun.Start(["serve", "--demo", "--urls", $"http://127.0.0.1:{port}", "--data", data]);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilServingAsync(http, cancellationToken).ConfigureAwait(false);

            var clock = Stopwatch.StartNew();
            using var until = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            until.CancelAfter(TimeSpan.FromMinutes(arguments.Minutes));
            await Task.WhenAll(
                ImportLoopAsync(work, data, arguments.Seed, tally, until.Token),
                CrawlLoopAsync(data, tally, until.Token),
                SearchLoopAsync(data, tally, until.Token),
                RequestLoopAsync(http, tally, 0, until.Token),
                RequestLoopAsync(http, tally, 1, until.Token)).ConfigureAwait(false);
            var elapsed = clock.Elapsed;

            await using var services = AppServices.Build(data);
            var inventory = await WaitForCatchUpAsync(services.GetRequiredService<IVacancyStore>(), Path.Combine(data, "index", "vacancies"), cancellationToken).ConfigureAwait(false);
            await serve.TerminateAsync().ConfigureAwait(false);
            var serveExit = await serve.WaitAsync(cancellationToken).ConfigureAwait(false);
            var log = await serve.Stderr.ConfigureAwait(false);
            await File.WriteAllTextAsync(serveLog, log, cancellationToken).ConfigureAwait(false);
            var indexErrors = log.Split('\n').Count(line =>
                line.Contains("catch-up failed", StringComparison.OrdinalIgnoreCase) || line.Contains("could not be read", StringComparison.Ordinal)
                || line.Contains("Exception", StringComparison.Ordinal));
            return Report(elapsed, tally, inventory, serveExit, indexErrors, serveLog);
        }
        finally
        {
            Console.Error.WriteLine($"soak: serve's log kept at {serveLog}; data dir {data} (delete {work} when done)");
        }
    }

    private static int Report(TimeSpan elapsed, SoakTally tally, IndexInventory inventory, int serveExit, int indexErrors, string serveLog)
    {
        var latencies = tally.Latencies.Order().ToArray();
        double At(double share) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)(share * latencies.Length))];
        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak: {elapsed.TotalMinutes:0.0} minutes of serve --demo with other processes on its data dir"));
        foreach (var (verb, (runs, failed)) in tally.Verbs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {verb,-8} {runs,6:N0} processes, {failed:N0} failed"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  HTTP     {latencies.Length,6:N0} searches, {tally.RequestsFailed:N0} failed; p50 / p99 / max {At(0.5):0.0} / {At(0.99):0.0} / {(latencies.Length == 0 ? 0 : latencies[^1]):0.0} ms"));
        output.WriteLine($"  serve    exit {serveExit} (130 expected after SIGTERM); index errors in its log: {indexErrors} ({serveLog})");
        output.WriteLine($"  index    {inventory}");
        foreach (var failure in tally.Failures)
        {
            output.WriteLine($"  failure: {failure}");
        }

        var processFailures = tally.Verbs.Values.Sum(counts => counts.Failed);
        var passed = processFailures == 0 && tally.RequestsFailed == 0 && indexErrors == 0 && inventory.Matches && serveExit == 130;
        output.WriteLine(passed ? "soak: passed" : "soak: FAILED");
        return passed ? 0 : 1;
    }

    /// <summary>Imports of 400 fresh vacancies, every third round with the previous file again (unchanged upserts).</summary>
    private static async Task ImportLoopAsync(string work, string data, int seed, SoakTally tally, CancellationToken until)
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        string? previous = null;
        for (var round = 0; !until.IsCancellationRequested; round++)
        {
            var file = Path.Combine(work, $"import-{round}.jsonl");
            await File.WriteAllLinesAsync(file, SyntheticCorpus.RawVacancyLines(400, seed + round, seeds), CancellationToken.None).ConfigureAwait(false);
            await RunAsync("import", ["import", file, "--data", data], tally).ConfigureAwait(false);
            if (round % 3 == 2 && previous is not null)
            {
                await RunAsync("import", ["import", previous, "--data", data], tally).ConfigureAwait(false);
            }

            previous = file;
        }
    }

    private static async Task CrawlLoopAsync(string data, SoakTally tally, CancellationToken until)
    {
        for (var round = 0; !until.IsCancellationRequested; round++)
        {
            var site = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{5091 + (round % 3)}/");
            await RunAsync("crawl", ["crawl", "--url", site, "--max-pages", "25", "--data", data], tally).ConfigureAwait(false);
        }
    }

    private static async Task SearchLoopAsync(string data, SoakTally tally, CancellationToken until)
    {
        for (var round = 0; !until.IsCancellationRequested; round++)
        {
            await RunAsync("search", ["search", Queries[round % Queries.Length], "--near", Places[round % Places.Length], "--data", data], tally).ConfigureAwait(false);
        }
    }

    private static async Task RequestLoopAsync(HttpClient http, SoakTally tally, int client, CancellationToken until)
    {
        for (var round = client; !until.IsCancellationRequested; round += 2)
        {
            var path = $"/api/search?q={Uri.EscapeDataString(Queries[round % Queries.Length])}&near={Uri.EscapeDataString(Places[round % Places.Length])}&radius=60&top=10";
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), CancellationToken.None).ConfigureAwait(false);
                await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
                tally.Request(response.StatusCode == HttpStatusCode.OK, clock.Elapsed.TotalMilliseconds, $"{path} → {(int)response.StatusCode}");
            }
            catch (HttpRequestException exception)
            {
                tally.Request(false, clock.Elapsed.TotalMilliseconds, $"{path}: {exception.Message}");
            }
        }
    }

    private static async Task RunAsync(string verb, string[] arguments, SoakTally tally)
    {
        var (exitCode, stderr) = await ProcessRun.RunAsync(arguments, CancellationToken.None).ConfigureAwait(false);
        tally.Process(verb, exitCode, expected: 0, stderr);
    }

    private static async Task<IndexInventory> WaitForCatchUpAsync(IVacancyStore store, string indexDirectory, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var target = await store.GetLastSequenceAsync(cancellationToken).ConfigureAwait(false);
            using var index = VacancyIndex.OpenReader(indexDirectory);
            if (index.AppliedSequence == target || clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                return await IndexInventory.TakeAsync(index, store, cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
