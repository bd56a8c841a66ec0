using System.Diagnostics;
using System.Globalization;
using GrensJobs.Storage.Tests.Vacancies;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Storage.Tests.Sqlite;

/// <summary>
/// A quick throughput measurement after a warm-up: 20,000 new and then 20,000 unchanged vacancies in batches of 1,000. The rate is
/// written to the test output (not asserted: the machine is shared); the counts are asserted.
/// </summary>
public sealed class SqliteThroughputTests : IDisposable
{
    private const int Total = 20_000;
    private const int BatchSize = 1_000;
    private readonly TempDataDirectory _directory = new();

    [Fact]
    public async Task Upsert_TwentyThousandInBatchesOfThousand_ReportsRate()
    {
        var token = TestContext.Current.CancellationToken;
        using var store = SqliteStores.Create(_directory.Path, new FakeTimeProvider());
        await store.InitializeAsync(token);
        // Warm-up (JIT, page cache) on another source, so the figures are steady-state ones.
        foreach (var warmUp in TestVacancies.Many(20 * BatchSize, "warm-up").Chunk(BatchSize))
        {
            await store.UpsertAsync(warmUp, token);
        }

        var batches = TestVacancies.Many(Total).Chunk(BatchSize).ToList();

        var inserted = await MeasureAsync(store, batches, "new", token);
        var unchanged = await MeasureAsync(store, batches, "unchanged", token);

        Assert.Equal(Total, inserted.New);
        Assert.Equal(Total, unchanged.Unchanged);
        Assert.Equal(Total + (20 * BatchSize), await store.GetLastSequenceAsync(token));
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<UpsertSummary> MeasureAsync(
        IVacancyStore store, List<Core.Vacancies.Vacancy[]> batches, string label, CancellationToken token)
    {
        var total = UpsertSummary.Empty;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            total += await store.UpsertAsync(batch, token);
        }

        stopwatch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var rate = Total / stopwatch.Elapsed.TotalSeconds;
        var cpuRate = Total / Math.Max(cpu.TotalSeconds, 0.001);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upsert {label}: {Total} vacancies in {stopwatch.ElapsedMilliseconds} ms wall = {rate:F0}/s; " +
            $"{cpu.TotalMilliseconds:F0} ms CPU = {cpuRate:F0}/CPU-s (machine load {Environment.ProcessorCount} cores shared)"));
        return total;
    }
}
