using System.Diagnostics;
using System.Globalization;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// GrensJobs in the <c>search</c> benchmark: a fresh SQLite store in a temporary data directory, loaded in batches of
/// 1,000; the index built from it exactly as <c>grensjobs reindex</c> does; a second index built from the vacancies
/// in memory (analysis and writing alone). The index is served by a process of its own (<see cref="ServingPhase"/>).
/// </summary>
internal sealed class GrensJobsSide : IAsyncDisposable
{
    private const int UpsertBatch = 1_000;

    private readonly ServiceProvider services;
    private readonly VacancyAnalyzers analyzers = new();
    private VacancyIndex? index;

    public GrensJobsSide(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        services = new ServiceCollection().AddLogging().AddStore(dataDirectory).BuildServiceProvider();
    }

    public string DataDirectory { get; }

    public string IndexDirectory => Path.Combine(DataDirectory, "index", "vacancies");

    public VacancyIndex Index => index ?? throw new InvalidOperationException("build the index first");

    public async Task<TimeSpan> LoadStoreAsync(IReadOnlyList<Vacancy> corpus, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IVacancyStore>();
        var clock = Stopwatch.StartNew();
        foreach (var batch in corpus.Chunk(UpsertBatch))
        {
            await store.UpsertAsync(batch, cancellationToken);
        }

        return clock.Elapsed;
    }

    /// <summary>Bytes of the store's files (<c>grensjobs.db</c> with its WAL and shared-memory files).</summary>
    public long StoreDiskBytes() =>
        new DirectoryInfo(DataDirectory).EnumerateFiles("grensjobs.db*").Sum(f => f.Length);

    /// <summary>What <c>reindex</c> does: a writer, a rebuild started, caught up with the store's change feed.</summary>
    public async Task<(TimeSpan Elapsed, long Applied)> IndexFromStoreAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        index = VacancyIndex.OpenWriter(IndexDirectory, analyzers);
        index.StartRebuild();
        var result = await IndexCatchUp.RunAsync(index, services.GetRequiredService<IVacancyStore>(), null, cancellationToken);
        return (clock.Elapsed, result.Applied);
    }

    /// <summary>Analysis and writing alone: the vacancies in memory appended to a fresh index, committed, merged; returns its disk size.</summary>
    public (AppendTimes Times, long DiskBytes) IndexOnly(IReadOnlyList<Vacancy> corpus, TimeProvider time)
    {
        var directory = Path.Combine(DataDirectory, "index-only");
        AppendTimes times;
        long disk;
        using (var second = VacancyIndex.OpenWriter(directory, analyzers))
        {
            times = AppendAll(second, corpus, time.GetUtcNow());
            disk = second.DiskBytes();
        }

        Directory.Delete(directory, recursive: true);
        return (times, disk);
    }

    /// <summary>
    /// Appends the vacancies as open, first seen <paramref name="now"/>, commits and merges into one segment per search slice,
    /// as a rebuild does; returns the time of each step.
    /// </summary>
    public static AppendTimes AppendAll(VacancyIndex index, IReadOnlyList<Vacancy> corpus, DateTimeOffset now)
    {
        var clock = Stopwatch.StartNew();
        index.Apply(corpus.Select((vacancy, i) => new StoredVacancy(vacancy, VacancyStatus.Open, now, now, null, null, i + 1)), append: true);

        var write = clock.Elapsed;
        index.Commit(corpus.Count);
        var commit = clock.Elapsed - write;
        index.MergeSegments();
        index.Commit(corpus.Count);
        return new AppendTimes(write, commit, clock.Elapsed - write - commit);
    }

    /// <summary>A bulk append's steps: analysis and writing (with the writer's own flushes), the final commit, the merge into one segment per search slice.</summary>
    internal sealed record AppendTimes(TimeSpan Write, TimeSpan Commit, TimeSpan Merge)
    {
        public TimeSpan Total => Write + Commit + Merge;
    }

    /// <summary>Closes the index (and its writer lock) so that another process can serve it.</summary>
    public void CloseIndex()
    {
        index?.Dispose();
        index = null;
    }

    public async ValueTask DisposeAsync()
    {
        index?.Dispose();
        await services.DisposeAsync();
        analyzers.Dispose();
        SqliteClearPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private static void SqliteClearPools() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    public static string Rate(long count, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{count / Math.Max(elapsed.TotalSeconds, 0.001):N0} vacancies/s");
}
