using GrensJobs.Core.Vacancies;
using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using GrensJobs.Storage;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GrensJobs.Search.Tests.Indexing;

/// <summary>The index is a view of the store: it follows the change feed, survives crashes and rebuilds itself.</summary>
public sealed class IndexFollowsStoreTests
{
    private const string Welder = """{"id":"42","source":"mueller-gmbh","title":"Schweißer (m/w/d) MIG/MAG","description":"<p>Schweißen von Baugruppen. Gute Deutschkenntnisse.</p>","employer":"Müller GmbH","location":{"postalCode":"47623","place":"Kevelaer","country":"DE"},"posted":"2026-11-02"}""";
    private const string Nurse = """{"id":"v-7","source":"zorg-venlo","title":"Verpleegkundige (m/v/x)","description":"<p>Je verzorgt patiënten op de afdeling interne geneeskunde.</p>","employer":"VieCuri","location":{"postalCode":"5912","place":"Venlo","country":"NL"},"posted":"2026-11-05"}""";

    private static readonly SearchRequest Lasser = new() { Text = "lasser" };

    [Fact]
    public async Task CatchUp_AfterImport_FindsVacancyInAnotherLanguage()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync([Welder, Nurse], TestContext.Current.CancellationToken);

        var result = environment.Search(Lasser);

        Assert.Equal(["42"], result.Results.Select(r => r.Id));
        Assert.Equal(await environment.Store.GetLastSequenceAsync(TestContext.Current.CancellationToken), environment.Index.AppliedSequence);
    }

    [Fact]
    public async Task CatchUp_VacancyChangedInStore_IndexShowsTheNewVersion()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync([Welder], TestContext.Current.CancellationToken);

        await environment.ImportAsync([Welder.Replace("Müller GmbH", "Müller & Söhne GmbH", StringComparison.Ordinal)], TestContext.Current.CancellationToken);

        var hit = Assert.Single(environment.Search(Lasser).Results);
        Assert.Equal("Müller & Söhne GmbH", hit.Employer);
        Assert.Equal(1, environment.Index.DocumentCount());
    }

    [Fact]
    public async Task CatchUp_ExpiredInStore_NoLongerFound()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync([Welder, Nurse], TestContext.Current.CancellationToken);

        await environment.Store.ExpireMissingAsync("mueller-gmbh", new HashSet<string>(), TestContext.Current.CancellationToken);
        await IndexCatchUp.RunAsync(environment.Index, environment.Store, null, TestContext.Current.CancellationToken);

        Assert.Equal(0, environment.Search(Lasser).Total);
        Assert.Equal(1, environment.Search(new SearchRequest()).Total);
    }

    [Fact]
    public async Task CrashBetweenStoreAndIndex_NextCatchUpAppliesWhatWasLost()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync([Nurse], TestContext.Current.CancellationToken);
        var committed = environment.Index.AppliedSequence;

        // The welder reaches the store and the index writer, but the process dies before the index commits.
        await environment.Store.UpsertAsync(StoreAndIndex.Normalise([Welder]), TestContext.Current.CancellationToken);
        await foreach (var change in environment.Store.ReadChangesAsync(committed, 10, TestContext.Current.CancellationToken))
        {
            environment.Index.Apply([change]);
        }

        environment.Index.Rollback();
        environment.ReopenIndex();
        Assert.Equal(committed, environment.Index.AppliedSequence);
        Assert.Equal(0, environment.Search(Lasser).Total);

        await IndexCatchUp.RunAsync(environment.Index, environment.Store, null, TestContext.Current.CancellationToken);

        Assert.Equal(1, environment.Search(Lasser).Total);
    }

    [Fact]
    public async Task OpenWriter_IndexOfAnotherLayout_IsEmptiedAndRebuiltFromTheStore()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync([Welder, Nurse], TestContext.Current.CancellationToken);
        environment.Index.Dispose();
        WriteCommitData(environment.IndexDirectory, layout: "0", sequence: 99);

        environment.ReopenIndex();
        Assert.True(environment.Index.WasRebuilt);
        Assert.Equal(0, environment.Index.AppliedSequence);
        Assert.Equal(0, environment.Index.DocumentCount());

        var result = await IndexCatchUp.RunAsync(environment.Index, environment.Store, null, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Applied);
        Assert.Equal(1, environment.Search(Lasser).Total);
    }

    [Fact]
    public async Task Rebuild_WriterFlushedManySegments_EndsMergedIntoOne()
    {
        // A buffer of 20 KB flushes a segment every few documents.
        using var environment = new StoreAndIndex(ramBufferMegabytes: 0.02);
        var welders = Enumerable.Range(1, 60).Select(i => Welder
            .Replace("\"id\":\"42\"", $"\"id\":\"w{i}\"", StringComparison.Ordinal)
            .Replace("Müller GmbH", $"Müller {i} GmbH", StringComparison.Ordinal));

        await environment.ImportAsync(welders, TestContext.Current.CancellationToken);

        Assert.Equal(1, environment.Index.SegmentCount());
        Assert.Equal(60, environment.Index.DocumentCount());
        Assert.Equal(60, environment.Search(Lasser).Total);
        environment.ReopenIndex();
        Assert.Equal(1, environment.Index.SegmentCount());
    }

    [Fact]
    public async Task Rebuild_SeveralStoreBatches_AppliesEveryOneOnce()
    {
        // More than two read batches of 2,000: the reader waits for room in the queue while the cores index.
        using var environment = new StoreAndIndex();
        var welder = Assert.Single(StoreAndIndex.Normalise([Welder]));
        var welders = Enumerable.Range(1, 4_500).Select(i => welder with { Id = $"w{i}", Employer = $"Müller {i} GmbH" }).ToList();
        await environment.Store.UpsertAsync(welders, TestContext.Current.CancellationToken);
        var reported = new List<long>();

        var result = await IndexCatchUp.RunAsync(environment.Index, environment.Store, (applied, _) => reported.Add(applied), TestContext.Current.CancellationToken);

        Assert.Equal(4_500, result.Applied);
        Assert.Equal(await environment.Store.GetLastSequenceAsync(TestContext.Current.CancellationToken), environment.Index.AppliedSequence);
        Assert.Equal(4_500, environment.Index.DocumentCount());
        Assert.Equal(4_500, environment.Search(Lasser).Total);
        Assert.Equal([2_000L, 4_000, 4_500], reported);
    }

    [Fact]
    public async Task CatchUp_StoreFailsWhileRead_ThrowsItsErrorAndCommitsNothing()
    {
        using var environment = new StoreAndIndex();
        var welder = Assert.Single(StoreAndIndex.Normalise([Welder]));
        await environment.Store.UpsertAsync([.. Enumerable.Range(1, 3_000).Select(i => welder with { Id = $"w{i}" })], TestContext.Current.CancellationToken);
        var failing = new FailingChanges(environment.Store, after: 2_500);

        var error = await Assert.ThrowsAsync<IOException>(() => IndexCatchUp.RunAsync(environment.Index, failing, null, TestContext.Current.CancellationToken));

        Assert.Equal("disk read error", error.Message);
        Assert.Equal(0, environment.Index.AppliedSequence);

        // The next catch-up applies everything, once: what the failed one added is replaced, not added again.
        var result = await IndexCatchUp.RunAsync(environment.Index, environment.Store, null, TestContext.Current.CancellationToken);
        Assert.Equal(3_000, result.Applied);
        Assert.Equal(3_000, environment.Index.DocumentCount());
        Assert.Equal(3_000, environment.Search(Lasser).Total);
    }

    [Fact]
    public async Task CatchUp_IndexAheadOfTheStore_RebuildsFromTheStore()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync([Welder], TestContext.Current.CancellationToken);
        environment.Index.Dispose();
        WriteCommitData(environment.IndexDirectory, layout: IndexLayout.Version, sequence: 1_000);
        environment.ReopenIndex();

        var result = await IndexCatchUp.RunAsync(environment.Index, environment.Store, null, TestContext.Current.CancellationToken);

        Assert.True(result.Rebuilt);
        Assert.Equal(1, environment.Index.DocumentCount());
        Assert.Equal(1, environment.Search(Lasser).Total);
    }

    [Fact]
    public async Task Follower_AnotherProcessWritesTheStore_NextTickMakesItSearchable()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync([Nurse], TestContext.Current.CancellationToken);
        var follower = new IndexFollower(
            environment.Index, environment.Store, Options.Create(new SearchOptions { IndexDirectory = environment.IndexDirectory }),
            TimeProvider.System, NullLogger<IndexFollower>.Instance);

        // A second store on the same file stands for the import process.
        var services = new ServiceCollection().AddLogging().AddStore(environment.DataDirectory).BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<IVacancyStore>().UpsertAsync(StoreAndIndex.Normalise([Welder]), TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, environment.Search(Lasser).Total);
        await follower.TickAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, environment.Search(Lasser).Total);
    }

    [Fact]
    public void OpenWriter_WhileAnotherWriterHoldsTheIndex_ThrowsIndexLocked_AndReaderStillOpens()
    {
        using var environment = new StoreAndIndex();

        Assert.Throws<IndexLockedException>(() => VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers));
        using var reader = VacancyIndex.Open(environment.IndexDirectory, SharedSearch.Analyzers);
        Assert.False(reader.IsWriter);
        Assert.Equal(0, SharedSearch.Searcher.Search(reader, new SearchRequest()).Total);
    }

    [Theory]
    [InlineData(49)]
    [InlineData(501)]
    public void SearchOptions_RefreshSlowerThanHalfASecond_FailsValidation(int milliseconds)
    {
        var services = new ServiceCollection().AddSearch("/tmp/grensjobs-options", o => o.RefreshIntervalMilliseconds = milliseconds).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SearchOptions>>().Value);
    }

    private static void WriteCommitData(string indexDirectory, string layout, long sequence)
    {
        using var directory = FSDirectory.Open(indexDirectory);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexLayout.VersionKey] = layout,
            [IndexLayout.SequenceKey] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    /// <summary>The store, except that its change feed fails after <c>after</c> vacancies, as a broken disk would.</summary>
    private sealed class FailingChanges(IVacancyStore store, int after) : IVacancyStore
    {
        private int _read;

        public Task<UpsertSummary> UpsertAsync(IReadOnlyList<Vacancy> batch, CancellationToken cancellationToken) => store.UpsertAsync(batch, cancellationToken);

        public Task<StoredVacancy?> GetAsync(string source, string id, CancellationToken cancellationToken) => store.GetAsync(source, id, cancellationToken);

        public Task<IReadOnlyList<string>> FindSourcesAsync(string id, CancellationToken cancellationToken) => store.FindSourcesAsync(id, cancellationToken);

        public async IAsyncEnumerable<StoredVacancy> ReadChangesAsync(long afterSequence, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var stored in store.ReadChangesAsync(afterSequence, limit, cancellationToken))
            {
                if (++_read > after)
                {
                    throw new IOException("disk read error");
                }

                yield return stored;
            }
        }

        public Task<long> GetLastSequenceAsync(CancellationToken cancellationToken) => store.GetLastSequenceAsync(cancellationToken);

        public Task<int> ExpireMissingAsync(string source, IReadOnlySet<string> listedIds, CancellationToken cancellationToken) =>
            store.ExpireMissingAsync(source, listedIds, cancellationToken);

        public Task<int> ExpirePastValidThroughAsync(DateOnly today, CancellationToken cancellationToken) => store.ExpirePastValidThroughAsync(today, cancellationToken);

        public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => store.CountAsync(cancellationToken);
    }
}
