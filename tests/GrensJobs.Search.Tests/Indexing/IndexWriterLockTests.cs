using GrensJobs.Search.Indexing;
using GrensJobs.Search.Querying;

namespace GrensJobs.Search.Tests.Indexing;

/// <summary>One writer per index, enforced by an operating-system lock that a refused process never disturbs.</summary>
public sealed class IndexWriterLockTests
{
    [Fact]
    public void OpenWriter_WhileHeld_NamesTheHolderProcessAndVerb()
    {
        using var environment = new StoreAndIndex();

        var refused = Assert.Throws<IndexLockedException>(() => VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers, holder: "import"));

        Assert.NotNull(refused.Holder);
        Assert.Equal(Environment.ProcessId, refused.Holder.ProcessId);
        Assert.Equal("grensjobs", refused.Holder.Verb);
        Assert.Contains($"process {Environment.ProcessId}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusedAttempts_LeaveTheLockFileAndTheHolderAlone()
    {
        using var environment = new StoreAndIndex();
        var lockFile = environment.IndexDirectory + ".lock";

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Throws<IndexLockedException>(() => VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers));
            Assert.True(File.Exists(lockFile));
        }

        // The holder still writes and commits, and nobody else got in.
        environment.Index.Commit(0);
        Assert.Throws<IndexLockedException>(() => VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers));
    }

    [Fact]
    public void Dispose_LetsTheNextWriterIn_AndTheLockFileStays()
    {
        using var environment = new StoreAndIndex();
        environment.Index.Dispose();

        using var next = VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers, holder: "reindex");

        Assert.True(next.IsWriter);
        Assert.True(File.Exists(environment.IndexDirectory + ".lock"));
        Assert.Equal("reindex", IndexHolder.Read(environment.IndexDirectory)?.Verb);
    }

    [Fact]
    public void Dispose_Twice_DoesNotRemoveTheNextHoldersRecord()
    {
        using var environment = new StoreAndIndex();
        environment.Index.Dispose();
        using var next = VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers, holder: "serve");

        environment.Index.Dispose();

        Assert.Equal("serve", IndexHolder.Read(environment.IndexDirectory)?.Verb);
        Assert.Throws<IndexLockedException>(() => VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers));
    }

    [Fact]
    public void OpenReader_BesideTheWriter_TakesNoLockAndSeesTheLastCommit()
    {
        using var environment = new StoreAndIndex();

        using var reader = VacancyIndex.OpenReader(environment.IndexDirectory);

        Assert.False(reader.IsWriter);
        Assert.Equal(0, SharedSearch.Searcher.Search(reader, new SearchRequest()).Total);
        Assert.Throws<IndexLockedException>(() => VacancyIndex.OpenWriter(environment.IndexDirectory, SharedSearch.Analyzers));
    }
}
