using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Search.Tests;

/// <summary>A temporary data directory with a real SQLite store and the vacancy index following it.</summary>
internal sealed class StoreAndIndex : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly double _ramBufferMegabytes;

    /// <param name="ramBufferMegabytes">The index writer's buffer (small ones flush many segments).</param>
    public StoreAndIndex(TimeProvider? time = null, double ramBufferMegabytes = 64)
    {
        _ramBufferMegabytes = ramBufferMegabytes;
        Directory.CreateDirectory(DataDirectory);
        var services = new ServiceCollection();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddLogging();
        services.AddStore(DataDirectory);
        _services = services.BuildServiceProvider();
        Store = _services.GetRequiredService<IVacancyStore>();
        Index = VacancyIndex.OpenWriter(IndexDirectory, SharedSearch.Analyzers, ramBufferMegabytes);
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grensjobs-search-tests", Guid.NewGuid().ToString("N"));

    public string IndexDirectory => Path.Combine(DataDirectory, "index", "vacancies");

    public IVacancyStore Store { get; }

    public VacancyIndex Index { get; private set; }

    /// <summary>Normalises raw JSON lines, upserts them and catches the index up, as <c>import</c> does.</summary>
    public async Task ImportAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        await Store.UpsertAsync(Normalise(lines), cancellationToken);
        await IndexCatchUp.RunAsync(Index, Store, progress: null, cancellationToken);
    }

    public static List<Vacancy> Normalise(IEnumerable<string> lines) =>
        [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(line =>
            SharedSearch.Normaliser.Normalise(RawVacancyReader.Read(line).Vacancy ?? throw new InvalidDataException(line)))];

    public SearchResponse Search(SearchRequest request) => SharedSearch.Searcher.Search(Index, request);

    /// <summary>Closes the index as a crash would leave it (nothing uncommitted survives) and opens it again.</summary>
    public void ReopenIndex()
    {
        Index.Dispose();
        Index = VacancyIndex.OpenWriter(IndexDirectory, SharedSearch.Analyzers, _ramBufferMegabytes);
    }

    public void Dispose()
    {
        Index.Dispose();
        _services.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped on some platforms; the temp directory is cleaned up by the OS.
        }
    }
}
