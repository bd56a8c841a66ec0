using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GrensJobs.Search.Tests.Indexing;

/// <summary>A rebuild never takes the index away, and a broken index is moved aside and rebuilt, once.</summary>
public sealed class IndexRebuildTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static IEnumerable<string> Welders(int count, int from = 1) => Enumerable.Range(from, count).Select(i =>
        $$"""{"id":"w{{i}}","source":"mueller-gmbh","title":"Schweißer (m/w/d) MIG/MAG","description":"<p>Schweißen von Baugruppen in Halle {{i}}. Gute Deutschkenntnisse.</p>","employer":"Müller {{i}} GmbH","location":{"postalCode":"47623","place":"Kevelaer","country":"DE"},"posted":"2026-11-02"}""");

    [Fact]
    public async Task Rebuild_KilledHalfWay_LeavesTheLastCommitServing()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync(Welders(30), Token);
        var sequence = environment.Index.AppliedSequence;

        environment.Index.StartRebuild();
        await foreach (var change in environment.Store.ReadChangesAsync(0, 10, Token))
        {
            environment.Index.Apply([change], append: true);
        }

        // A reader in another process sees the last commit while the rebuild runs, and after it dies.
        using (var reader = VacancyIndex.OpenReader(environment.IndexDirectory))
        {
            Assert.Equal(30, SharedSearch.Searcher.Search(reader, new SearchRequest { Text = "lasser" }).Total);
        }

        environment.ReopenIndex();

        Assert.Equal(sequence, environment.Index.AppliedSequence);
        Assert.Equal(30, environment.Search(new SearchRequest { Text = "lasser" }).Total);
    }

    [Fact]
    public async Task Rebuild_WhileRunning_SearchesOfTheWriterKeepThePreviousState_UntilItCommits()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync(Welders(12), Token);

        environment.Index.StartRebuild();
        environment.Index.Refresh();
        Assert.True(environment.Index.IsRebuilding);
        Assert.Equal(12, environment.Search(new SearchRequest()).Total);

        var result = await IndexCatchUp.RunAsync(environment.Index, environment.Store, null, Token);

        Assert.False(environment.Index.IsRebuilding);
        Assert.Equal(12, result.Applied);
        Assert.Equal(12, environment.Search(new SearchRequest()).Total);
        Assert.Equal(12, environment.Index.DocumentCount());
    }

    [Fact]
    public async Task OpenWriter_SegmentFileMissing_MovesTheIndexAsideAndRebuildsFromTheStore()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync(Welders(20), Token);
        environment.Index.Dispose();
        foreach (var file in Directory.GetFiles(environment.IndexDirectory, "*.si"))
        {
            File.Delete(file);
        }

        environment.ReopenIndex();

        var broken = Assert.IsType<BrokenIndex>(environment.Index.Broken);
        Assert.StartsWith(environment.IndexDirectory + ".broken-", broken.MovedTo, StringComparison.Ordinal);
        Assert.True(Directory.Exists(broken.MovedTo));
        Assert.Contains(".si", broken.Reason, StringComparison.Ordinal);
        var result = await IndexCatchUp.RunAsync(environment.Index, environment.Store, null, Token);
        Assert.Equal(20, result.Applied);
        Assert.Equal(20, environment.Search(new SearchRequest { Text = "Schweißer" }).Total);
    }

    [Fact]
    public async Task OpenReader_TruncatedSegmentFile_SaysWhatIsWrongAndWhatToDo()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync(Welders(20), Token);
        environment.Index.Dispose();
        var termIndex = Directory.GetFiles(environment.IndexDirectory, "*.tip").First();
        File.WriteAllBytes(termIndex, File.ReadAllBytes(termIndex)[..10]);

        var refused = Assert.Throws<IndexUnavailableException>(() => VacancyIndex.OpenReader(environment.IndexDirectory));

        Assert.Contains("cannot be read", refused.Message, StringComparison.Ordinal);
        Assert.Contains("grensjobs reindex", refused.Message, StringComparison.Ordinal);
        environment.ReopenIndex();
        Assert.NotNull(environment.Index.Broken);
    }

    [Fact]
    public async Task Follower_IndexFilesDeletedUnderIt_MovesItAsideOnceAndRebuilds()
    {
        using var environment = new StoreAndIndex();
        await environment.ImportAsync(Welders(15), Token);
        var logger = new CountingLogger();
        var follower = new IndexFollower(
            environment.Index, environment.Store, Options.Create(new SearchOptions { IndexDirectory = environment.IndexDirectory }),
            TimeProvider.System, logger);
        foreach (var file in Directory.GetFiles(environment.IndexDirectory).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        await environment.Store.UpsertAsync(StoreAndIndex.Normalise(Welders(5, from: 16)), Token);
        for (var tick = 0; tick < 5; tick++)
        {
            await follower.TickAsync(Token);
        }

        Assert.NotNull(environment.Index.Broken);
        Assert.Equal(1, logger.Errors);
        Assert.Equal(20, environment.Search(new SearchRequest { Text = "Schweißer" }).Total);
        Assert.Equal(await environment.Store.GetLastSequenceAsync(Token), environment.Index.AppliedSequence);
    }

    private sealed class CountingLogger : ILogger<IndexFollower>
    {
        public int Errors { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors++;
            }
        }
    }
}
