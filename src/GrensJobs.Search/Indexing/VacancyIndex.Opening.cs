using System.Globalization;
using GrensJobs.Normalisation.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GrensJobs.Search.Indexing;

public sealed partial class VacancyIndex
{
    /// <summary>How many broken indexes moved aside are kept for a person to look at; older ones are deleted.</summary>
    private const int BrokenCopiesKept = 2;

    /// <summary>
    /// Opens the index for writing under the data dir's writer lock, creating it if needed. An index of another layout
    /// is rebuilt beside its last commit; one that cannot be read is moved aside (<see cref="Broken"/>) and rebuilt.
    /// Throws <see cref="IndexLockedException"/> when another process holds the writer.
    /// </summary>
    /// <param name="holder">What this process is, for a process refused the lock (<c>serve</c>, <c>import</c>…).</param>
    public static VacancyIndex OpenWriter(string path, VacancyAnalyzers analyzers, double ramBufferMegabytes = 64, string holder = "grensjobs")
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        var writerLock = IndexWriterLock.TryAcquire(path, holder, TimeProvider.System)
                         ?? throw new IndexLockedException(path, IndexHolder.Read(path));
        try
        {
            IndexWriterConfig Config() => new(Version, CreateAnalyzer(analyzers))
            {
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = ramBufferMegabytes,

                // Plain segment files: a search opens every term's postings in every segment, and inputs sliced out of
                // a compound file cost a copy of the slice's buffers each time.
                UseCompoundFile = false,
                MergePolicy = new BalancedMergePolicy { NoCFSRatio = 0 },
                MergeScheduler = MergeThreads(),
            };

            try
            {
                return OpenUnderLock(path, writerLock, Config, broken: null);
            }
            catch (Exception exception) when (IsBrokenIndex(exception))
            {
                return OpenUnderLock(path, writerLock, Config, MoveAside(path, exception));
            }
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index for writing when no other process holds it, else read-only (the holder keeps it current).
    /// </summary>
    public static VacancyIndex Open(string path, VacancyAnalyzers analyzers)
    {
        try
        {
            return OpenWriter(path, analyzers);
        }
        catch (IndexLockedException)
        {
            return OpenReader(path);
        }
    }

    /// <summary>
    /// Opens a read-only view of the last commit of an index another process writes. It takes no lock and writes
    /// nothing. Throws <see cref="IndexUnavailableException"/> when there is no index yet, it has another layout or it
    /// cannot be read.
    /// </summary>
    public static VacancyIndex OpenReader(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            throw new IndexUnavailableException($"There is no search index in {path} yet: run 'grensjobs reindex' (or start 'serve').");
        }

        var directory = FSDirectory.Open(path);
        try
        {
            var (exists, layout, sequence) = ReadCommit(directory);
            if (!exists)
            {
                throw new IndexUnavailableException($"There is no search index in {path} yet: run 'grensjobs reindex' (or start 'serve').");
            }

            if (!string.Equals(layout, IndexLayout.Version, StringComparison.Ordinal))
            {
                throw new IndexUnavailableException(
                    $"The search index in {path} has layout {layout}, this version reads layout {IndexLayout.Version}: the process that holds it must be restarted with this version, which rebuilds it.");
            }

            return new VacancyIndex(path, writerLock: null, writerConfig: null, directory, writer: null, new SearcherManager(directory, new VacancySearcherFactory()), sequence);
        }
        catch (Exception exception) when (IsBrokenIndex(exception))
        {
            directory.Dispose();
            var holder = IndexHolder.Read(path);
            throw new IndexUnavailableException(
                $"The search index in {path} cannot be read ({Reason(exception)}). "
                + (holder is null
                    ? "Run 'grensjobs reindex' to rebuild it from the store."
                    : $"Its writer, {holder}, moves it aside and rebuilds it from the store; try again in a moment."),
                exception);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Replaces an index the writer found broken while running (a file missing or corrupt): the writer is dropped
    /// without committing, the directory moved aside and an empty index committed in its place, for the next catch-up
    /// to rebuild from the store. The writer lock is held throughout.
    /// </summary>
    public BrokenIndex ReplaceBroken(Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var config = _writerConfig ?? throw new InvalidOperationException("This index view is read-only: another process holds the writer.");
        lock (_reopening)
        {
            var previous = _searchers;
            try
            {
                _writer?.Rollback();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException or CorruptIndexException)
            {
                // The writer is broken too; its files go aside with the rest.
            }

            _directory.Dispose();
            var broken = MoveAside(Path, cause);
            System.IO.Directory.CreateDirectory(Path);
            _directory = FSDirectory.Open(Path);
            var writerConfig = config();
            writerConfig.OpenMode = OpenMode.CREATE;
            _writer = new IndexWriter(_directory, writerConfig);
            Commit(_writer, 0);
            _searchers = new SearcherManager(_writer, true, new VacancySearcherFactory());
            Interlocked.Exchange(ref _appliedSequence, 0);
            Volatile.Write(ref _rebuilding, false);
            WasRebuilt = true;
            Broken = broken;
            try
            {
                previous.Dispose();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                // Its readers' files were moved aside with the directory.
            }

            return broken;
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/> says the index's files are missing, cut short or corrupt (as opposed to the
    /// store failing, or a cancellation): then the index is moved aside and rebuilt from the store.
    /// </summary>
    public static bool IsBrokenIndex(Exception exception) => exception switch
    {
        CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException => true,
        FileNotFoundException or DirectoryNotFoundException or EndOfStreamException => true,
        MergePolicy.MergeException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsBrokenIndex),
        _ => exception.InnerException is { } inner && IsBrokenIndex(inner),
    };

    private static VacancyIndex OpenUnderLock(string path, IndexWriterLock writerLock, Func<IndexWriterConfig> config, BrokenIndex? broken)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        IndexWriter? writer = null;
        try
        {
            var (exists, layout, sequence) = ReadCommit(directory);
            var rebuild = exists && !string.Equals(layout, IndexLayout.Version, StringComparison.Ordinal);
            var writerConfig = config();

            // Another layout: the writer starts empty, and the old commit stays on disk until the rebuilt one replaces it.
            writerConfig.OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND;
            try
            {
                writer = new IndexWriter(directory, writerConfig);
            }
            catch (LockObtainFailedException exception)
            {
                throw new IndexLockedException(path, IndexHolder.Read(path), exception);
            }

            if (!exists)
            {
                Commit(writer, 0);
            }

            // Opening the searcher opens every segment: a missing or corrupt file shows here, not at the first search.
            var searchers = new SearcherManager(writer, true, new VacancySearcherFactory());
            return new VacancyIndex(path, writerLock, config, directory, writer, searchers, rebuild ? 0 : sequence)
            {
                WasRebuilt = rebuild || broken is not null,
                Broken = broken,
                _rebuilding = rebuild,
            };
        }
        catch
        {
            try
            {
                writer?.Rollback();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or CorruptIndexException)
            {
                // Already failing: the first exception is the one to report.
            }

            directory.Dispose();
            throw;
        }
    }

    /// <summary>Moves a broken index directory aside (<c>vacancies.broken-20261207-223105</c>), keeping the last few.</summary>
    private static BrokenIndex MoveAside(string path, Exception cause)
    {
        var full = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var stamp = TimeProvider.System.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var target = $"{full}.broken-{stamp}";
        for (var attempt = 2; System.IO.Directory.Exists(target); attempt++)
        {
            target = string.Create(CultureInfo.InvariantCulture, $"{full}.broken-{stamp}-{attempt}");
        }

        System.IO.Directory.Move(full, target);
        var parent = System.IO.Path.GetDirectoryName(full)!;
        foreach (var old in System.IO.Directory.GetDirectories(parent, System.IO.Path.GetFileName(full) + ".broken-*")
                     .OrderDescending(StringComparer.Ordinal).Skip(BrokenCopiesKept))
        {
            System.IO.Directory.Delete(old, recursive: true);
        }

        return new BrokenIndex(target, Reason(cause));
    }

    /// <summary>The innermost message, on one line.</summary>
    private static string Reason(Exception exception)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return inner.GetBaseException().Message.ReplaceLineEndings(" ");
    }

    /// <summary>Merges on up to one thread per search slice (Lucene's default is one merge thread at a time).</summary>
    private static ConcurrentMergeScheduler MergeThreads()
    {
        var scheduler = new ConcurrentMergeScheduler();
        scheduler.SetMaxMergesAndThreads(SearchSlices.MaxCount + 2, SearchSlices.MaxCount);
        return scheduler;
    }

    private static (bool Exists, string? Layout, long Sequence) ReadCommit(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return (false, null, 0);
        }

        var commits = DirectoryReader.ListCommits(directory);
        var data = commits[^1].UserData;
        var layout = data.TryGetValue(IndexLayout.VersionKey, out var version) ? version : null;
        return (true, layout, SequenceOf(data) ?? 0);
    }
}
