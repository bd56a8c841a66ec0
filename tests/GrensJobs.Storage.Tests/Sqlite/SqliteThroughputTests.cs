using System.Diagnostics;
using System.Globalization;
using GrensJobs.Storage.Tests.Vacancies;
using Microsoft.Extensions.Time.Testing;

namespace GrensJobs.Storage.Tests.Sqlite;

/// <summary>
/// A quick throughput measurement: 20,000 new and then 20,000 unchanged vacancies in batches of 1,000. The rate is
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
        var batches = TestVacancies.Many(Total).Chunk(BatchSize).ToList();

        var inserted = await MeasureAsync(store, batches, "new", token);
        var unchanged = await MeasureAsync(store, batches, "unchanged", token);

        Assert.Equal(Total, inserted.New);
        Assert.Equal(Total, unchanged.Unchanged);
        Assert.Equal(Total, await store.GetLastSequenceAsync(token));
    }

    public void Dispose() => _directory.Dispose();

    private static async Task<UpsertSummary> MeasureAsync(
        IVacancyStore store, List<Core.Vacancies.Vacancy[]> batches, string label, CancellationToken token)
    {
        var total = UpsertSummary.Empty;
        var stopwatch = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            total += await store.UpsertAsync(batch, token);
        }

        stopwatch.Stop();
        var rate = Total / stopwatch.Elapsed.TotalSeconds;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upsert {label}: {Total} vacancies in {stopwatch.ElapsedMilliseconds} ms = {rate:F0}/s"));
        return total;
    }
}
