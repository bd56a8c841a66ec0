using System.Diagnostics;
using System.Globalization;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Benchmarks.Search;

/// <summary>
/// GrensJobs in the <c>search</c> benchmark: a fresh SQLite store in a temporary data directory, loaded in batches of
/// 1,000; the index built from it exactly as <c>grensjobs reindex</c> does; a second index built from the vacancies
/// in memory (analysis and writing alone); and the searcher the CLI and API use.
/// </summary>
internal sealed class GrensJobsSide : IAsyncDisposable
{
    private const int UpsertBatch = 1_000;
    private const int ApplyBatch = 2_000;
    private const double RamBufferMegabytes = 256;

    private readonly ServiceProvider services;
    private readonly VacancyAnalyzers analyzers = new();
    private VacancyIndex? index;
    private VacancySearcher? searcher;

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

    /// <summary>What <c>reindex</c> does: a writer with a 256 MB buffer, cleared, caught up with the store's change feed.</summary>
    public async Task<(TimeSpan Elapsed, long Applied)> IndexFromStoreAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        index = VacancyIndex.OpenWriter(IndexDirectory, analyzers, RamBufferMegabytes);
        index.Clear();
        var result = await IndexCatchUp.RunAsync(index, services.GetRequiredService<IVacancyStore>(), null, cancellationToken);
        return (clock.Elapsed, result.Applied);
    }

    /// <summary>Analysis and writing alone: the vacancies in memory appended to a fresh index, committed; returns its disk size.</summary>
    public (TimeSpan Elapsed, long DiskBytes) IndexOnly(IReadOnlyList<Vacancy> corpus, TimeProvider time)
    {
        var directory = Path.Combine(DataDirectory, "index-only");
        var now = time.GetUtcNow();
        var stored = new StoredVacancy[corpus.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            stored[i] = new StoredVacancy(corpus[i], VacancyStatus.Open, now, now, null, null, i + 1);
        }

        var clock = Stopwatch.StartNew();
        long disk;
        using (var second = VacancyIndex.OpenWriter(directory, analyzers, RamBufferMegabytes))
        {
            foreach (var batch in stored.Chunk(ApplyBatch))
            {
                second.Apply(batch, append: true);
            }

            second.Commit(corpus.Count);
            clock.Stop();
            disk = second.DiskBytes();
        }

        Directory.Delete(directory, recursive: true);
        return (clock.Elapsed, disk);
    }

    public Task<long> SearchAsync(BenchmarkQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        searcher ??= new VacancySearcher(VacancyNormaliser.Load(Seeds.DefaultDirectory), analyzers);
        return Task.FromResult(searcher.Search(Index, BenchmarkSearchRequest.From(query)).Total);
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
