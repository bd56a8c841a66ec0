using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GrensJobs.Cli;
using GrensJobs.Corpus;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using GrensJobs.Tests.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Tests.Cli;

/// <summary>
/// The README's workflow as real processes on one data dir, several at once: serve holds the index writer while
/// imports, a crawl and searches run beside it; without serve, the verbs hand the writer to each other. Afterwards the
/// index holds exactly the store's open vacancies (none missing, none twice) and every process ended as documented.
/// </summary>
[Collection(DemoPorts.Name)]
public sealed class ConcurrentProcessesTests(DemoSitesFixture demo) : IClassFixture<DemoSitesFixture>, IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("grensjobs-concurrent-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string IndexDirectory => Path.Combine(data, "index", "vacancies");

    [Fact]
    public async Task ServeWithTwoImportsACrawlAndSearchesAtOnce_IndexEqualsTheStore_EveryProcessExitsAsDocumented()
    {
        Assert.NotNull(demo.Catalog);
        var first = await CorpusFileAsync("first", count: 1_500, seed: 11);
        var second = await CorpusFileAsync("second", count: 1_500, seed: 12);
        var port = FreePort();
        using var serve = GrensJobsRun.Start("serve", "--urls", $"http://127.0.0.1:{port}", "--data", data);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilServingAsync(http, serve);

        var imports = new[] { first, second }.Select(file => GrensJobsRun.RunAsync(["import", file, "--data", data])).ToArray();
        var crawl = GrensJobsRun.RunAsync(["crawl", "--url", demo.Moved("http://127.0.0.1:5091/"), "--max-pages", "40", "--data", data]);
        var searches = RepeatAsync(4, () => GrensJobsRun.RunAsync(["search", "lasser", "--json", "--top", "5", "--data", data]));
        var requests = RepeatAsync(20, async () =>
        {
            using var response = await http.GetAsync(new Uri("/api/search?q=verpleegkundige&top=5", UriKind.Relative), Token);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(Token));
        });
        var reindex = await GrensJobsRun.RunAsync(["reindex", "--data", data]);

        foreach (var (exitCode, _, stderr) in await Task.WhenAll(imports))
        {
            Assert.True(exitCode == 0, stderr);
            Assert.Contains($"serve (process {serve.Id}, since", stderr, StringComparison.Ordinal);
            Assert.Contains("holds the search index; it applies these changes itself", stderr, StringComparison.Ordinal);
        }

        var crawled = await crawl;
        Assert.True(crawled.ExitCode == 0, crawled.Stderr);
        foreach (var (exitCode, stdout, stderr) in await searches)
        {
            Assert.True(exitCode == 0, stderr);
            // Early searches may find nothing yet; each still answers the contract's JSON with at most --top results.
            var root = JsonDocument.Parse(stdout).RootElement;
            Assert.True(root.GetProperty("total").GetInt32() >= 0);
            Assert.True(root.GetProperty("results").GetArrayLength() <= 5);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }

        Assert.All(await requests, response => Assert.Equal(200, response.Item1));
        Assert.Equal(1, reindex.ExitCode);
        Assert.Contains($"reindex: serve (process {serve.Id}, since", reindex.Stderr, StringComparison.Ordinal);

        await using var services = AppServices.Build(data);
        var store = services.GetRequiredService<IVacancyStore>();
        var inventory = await WaitForServeToCatchUpAsync(store);
        Assert.True(inventory.Matches, inventory.ToString());
        Assert.True(inventory.OpenInStore > 2_500, inventory.ToString());

        await serve.SignalAsync("TERM");
        var (serveExit, _, serveLog) = await serve.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(130, serveExit);
        Assert.DoesNotContain("catch-up failed", serveLog, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("could not be read", serveLog, StringComparison.Ordinal);

        // The lock went with serve: the next writer gets in at once and finds nothing to do.
        using var writer = VacancyIndex.OpenWriter(IndexDirectory, services.GetRequiredService<GrensJobs.Normalisation.Analysis.VacancyAnalyzers>(), holder: "test");
        Assert.Equal(await store.GetLastSequenceAsync(Token), writer.AppliedSequence);
    }

    [Fact]
    public async Task TwoImportsAndSearchesWithoutServe_HandTheWriterOn_IndexEqualsTheStore()
    {
        Assert.NotNull(demo.Catalog);
        var first = await CorpusFileAsync("first", count: 1_500, seed: 21);
        var second = await CorpusFileAsync("second", count: 1_500, seed: 22);

        var imports = new[] { first, second }.Select(file => GrensJobsRun.RunAsync(["import", file, "--data", data])).ToArray();
        var searches = RepeatAsync(3, () => GrensJobsRun.RunAsync(["search", "Schweißer", "--top", "3", "--data", data]));

        foreach (var (exitCode, _, stderr) in (await Task.WhenAll(imports)).Concat(await searches))
        {
            Assert.True(exitCode == 0, stderr);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }

        await using var services = AppServices.Build(data);
        using var index = VacancyIndex.OpenReader(IndexDirectory);
        var inventory = await IndexInventory.TakeAsync(index, services.GetRequiredService<IVacancyStore>(), Token);
        Assert.True(inventory.Matches, inventory.ToString());
        Assert.True(inventory.OpenInStore > 2_500, inventory.ToString());
    }

    [Fact]
    public async Task Reindex_KilledHalfWay_TheOldIndexKeepsServing()
    {
        Assert.NotNull(demo.Catalog);
        var file = await CorpusFileAsync("vacancies", count: 6_000, seed: 31);
        var imported = await GrensJobsRun.RunAsync(["import", file, "--data", data]);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        var before = await TotalAsync("Verkäufer");
        Assert.True(before > 0);

        using (var reindex = GrensJobsRun.Start("reindex", "--data", data))
        {
            // Killed while it writes the new index (it takes a few seconds for 6,000 vacancies here).
            await WaitForFileAsync(IndexDirectory, file => file.EndsWith(".fdt", StringComparison.Ordinal), initial: Directory.GetFiles(IndexDirectory));
            Assert.False(reindex.HasExited, "reindex ended before it could be killed half-way");
            await reindex.SignalAsync("KILL");
            await reindex.WaitAsync(TimeSpan.FromSeconds(10));
        }

        using (var reader = VacancyIndex.OpenReader(IndexDirectory))
        {
            await using var services = AppServices.Build(data);
            var inventory = await IndexInventory.TakeAsync(reader, services.GetRequiredService<IVacancyStore>(), Token);
            Assert.True(inventory.Matches, inventory.ToString());
        }

        Assert.Equal(before, await TotalAsync("Verkäufer"));
    }

    [Fact]
    public async Task Serve_WaitsForAShortLivedHolder_AndASecondServeIsRefusedNamingTheFirst()
    {
        Assert.NotNull(demo.Catalog);
        var port = FreePort();
        await using var services = AppServices.Build(data);
        var held = VacancyIndex.OpenWriter(IndexDirectory, services.GetRequiredService<GrensJobs.Normalisation.Analysis.VacancyAnalyzers>(), holder: "import");
        using var serve = GrensJobsRun.Start("serve", "--urls", $"http://127.0.0.1:{port}", "--data", data);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        await Task.Delay(TimeSpan.FromSeconds(3), Token);
        Assert.False(serve.HasExited, "serve gave up instead of waiting for the import to let go");
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("/health", UriKind.Relative), Token));
        held.Dispose();
        await WaitUntilServingAsync(http, serve);

        var second = await GrensJobsRun.RunAsync(["serve", "--urls", $"http://127.0.0.1:{FreePort()}", "--data", data]);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"serve (process {serve.Id}, since", second.Stderr, StringComparison.Ordinal);
        Assert.Contains("already serves this data dir", second.Stderr, StringComparison.Ordinal);

        await serve.SignalAsync("TERM");
        var (exitCode, _, log) = await serve.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(130, exitCode);
        Assert.Contains($"serve: waiting for import (process {Environment.ProcessId}, since", log, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    private async Task<int> TotalAsync(string query)
    {
        var (exitCode, stdout, stderr) = await GrensJobsRun.RunAsync(["search", query, "--json", "--data", data]);
        Assert.True(exitCode == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.GetProperty("total").GetInt32();
    }

    private async Task<string> CorpusFileAsync(string name, int count, int seed)
    {
        var path = Path.Combine(data, name + ".jsonl");
        await File.WriteAllLinesAsync(path, SyntheticCorpus.RawVacancyLines(count, seed, Path.Combine(AppContext.BaseDirectory, "seeds")), Token);
        return path;
    }

    private async Task<IndexInventory> WaitForServeToCatchUpAsync(IVacancyStore store)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var target = await store.GetLastSequenceAsync(Token);
            using var index = VacancyIndex.OpenReader(IndexDirectory);
            if (index.AppliedSequence == target || clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                return await IndexInventory.TakeAsync(index, store, Token);
            }

            await Task.Delay(250, Token);
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient http, GrensJobsRun serve)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(serve.HasExited, "serve ended before it listened");
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                // Not listening yet.
            }

            await Task.Delay(200, Token);
        }
    }

    private static async Task WaitForFileAsync(string directory, Func<string, bool> wanted, string[] initial)
    {
        var clock = Stopwatch.StartNew();
        while (!Directory.GetFiles(directory).Except(initial).Any(wanted))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "reindex wrote no new segment within 60 s");
            await Task.Delay(20, Token);
        }
    }

    private static async Task<T[]> RepeatAsync<T>(int times, Func<Task<T>> action)
    {
        var results = new T[times];
        for (var i = 0; i < times; i++)
        {
            results[i] = await action();
        }

        return results;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
