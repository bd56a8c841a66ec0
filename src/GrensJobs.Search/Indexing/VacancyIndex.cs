using System.Collections.Concurrent;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// The Lucene vacancy index in one directory: either the one <see cref="IndexWriter"/> of the data dir (with a
/// near-real-time <see cref="SearcherManager"/> over it) or, when another process holds the writer, a read-only view
/// that reopens on <see cref="Refresh"/>. Every commit records the store change sequence it contains and the layout
/// version; an index of another layout is rebuilt.
/// </summary>
public sealed class VacancyIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private long _appliedSequence;

    private VacancyIndex(string path, LuceneDirectory directory, IndexWriter? writer, SearcherManager searchers, long appliedSequence, bool rebuilt)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
        _searchers = searchers;
        _appliedSequence = appliedSequence;
        WasRebuilt = rebuilt;
    }

    public string Path { get; }

    /// <summary>Whether this process holds the writer (and so applies the store's changes).</summary>
    public bool IsWriter => _writer is not null;

    /// <summary>True when the index on disk had another layout (or was ahead of the store) and was emptied to be rebuilt.</summary>
    public bool WasRebuilt { get; private set; }

    /// <summary>The last store change sequence applied (committed, for a read-only view).</summary>
    public long AppliedSequence => Interlocked.Read(ref _appliedSequence);

    /// <summary>Opens the index for writing, creating it if needed. Throws <see cref="IndexLockedException"/> when another process holds it.</summary>
    public static VacancyIndex OpenWriter(string path, VacancyAnalyzers analyzers, double ramBufferMegabytes = 64)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var (exists, layout, sequence) = ReadCommit(directory);
            var rebuild = exists && !string.Equals(layout, IndexLayout.Version, StringComparison.Ordinal);
            var config = new IndexWriterConfig(Version, CreateAnalyzer(analyzers))
            {
                OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = ramBufferMegabytes,

                // Plain segment files: a search opens every term's postings in every segment, and inputs sliced out of
                // a compound file cost a copy of the slice's buffers each time.
                UseCompoundFile = false,
                MergePolicy = new BalancedMergePolicy { NoCFSRatio = 0 },
                MergeScheduler = MergeThreads(),
            };

            IndexWriter writer;
            try
            {
                writer = new IndexWriter(directory, config);
            }
            catch (LockObtainFailedException exception)
            {
                throw new IndexLockedException(path, exception);
            }

            var applied = rebuild ? 0 : sequence;
            if (!exists || rebuild)
            {
                Commit(writer, applied);
            }

            return new VacancyIndex(path, directory, writer, new SearcherManager(writer, true, new VacancySearcherFactory()), applied, rebuild);
        }
        catch
        {
            directory.Dispose();
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

    /// <summary>Opens a read-only view of an index another process writes.</summary>
    public static VacancyIndex OpenReader(string path)
    {
        var directory = FSDirectory.Open(path);
        try
        {
            var (exists, layout, sequence) = ReadCommit(directory);
            if (!exists)
            {
                throw new InvalidOperationException($"No search index in {path} yet: run 'grensjobs reindex' (or start 'serve').");
            }

            if (!string.Equals(layout, IndexLayout.Version, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The search index in {path} has layout {layout}, this version reads layout {IndexLayout.Version}: the process that holds it must be restarted with this version, which rebuilds it.");
            }

            return new VacancyIndex(path, directory, null, new SearcherManager(directory, new VacancySearcherFactory()), sequence, rebuilt: false);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Adds or replaces the documents of <paramref name="changes"/>, taken as the cores are free (analysis runs on all
    /// of them): a stream of many batches goes through without a pause between batches, so that a core whose thread
    /// flushes a segment does not hold up the others.
    /// </summary>
    /// <param name="append">
    /// True only when the index holds none of these vacancies yet (a rebuild): adds without looking up keys, and merges
    /// wait for <see cref="MergeSegments"/>.
    /// </param>
    public void Apply(IEnumerable<StoredVacancy> changes, bool append = false)
    {
        var writer = RequireWriter();
        MergePolicyOf(writer).DeferMerges = append;
        var partitioner = Partitioner.Create(changes, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(partitioner, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, stored =>
        {
            var document = VacancyDocument.Create(stored);
            if (append)
            {
                writer.AddDocument(document);
            }
            else
            {
                writer.UpdateDocument(VacancyDocument.KeyTerm(stored.Vacancy.Source, stored.Vacancy.Id), document);
            }
        });
    }

    /// <summary>Makes everything applied so far durable, recording <paramref name="sequence"/> as applied.</summary>
    public void Commit(long sequence)
    {
        Commit(RequireWriter(), sequence);
        Interlocked.Exchange(ref _appliedSequence, sequence);
    }

    /// <summary>
    /// Discards everything applied since the last commit, as a crash would, and closes the writer (dispose this view
    /// and open the index again to go on).
    /// </summary>
    public void Rollback() => RequireWriter().Rollback();

    /// <summary>Empties the index (to rebuild it from the store) and commits that.</summary>
    public void Clear()
    {
        var writer = RequireWriter();
        writer.DeleteAll();
        Commit(0);
        WasRebuilt = true;
        Refresh();
    }

    /// <summary>Makes applied changes visible to searches (a writer) or opens the latest commit (a read-only view).</summary>
    public void Refresh()
    {
        _searchers.MaybeRefresh();
        if (_writer is null)
        {
            var searcher = _searchers.Acquire();
            try
            {
                if (searcher.IndexReader is DirectoryReader reader
                    && reader.IndexCommit.UserData.TryGetValue(IndexLayout.SequenceKey, out var value)
                    && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var sequence))
                {
                    Interlocked.Exchange(ref _appliedSequence, sequence);
                }
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>A searcher over the latest refreshed state; dispose the lease to release it.</summary>
    public SearcherLease Acquire() => new(_searchers);

    /// <summary>Number of documents (open and expired) in the current searcher.</summary>
    public int DocumentCount()
    {
        using var lease = Acquire();
        return lease.Searcher.IndexReader.NumDocs;
    }

    /// <summary>
    /// Whether the writer holds no document at all, searchable or not: only then may a rebuild append without looking up
    /// keys (after a failed catch-up, documents it added may not be searchable yet).
    /// </summary>
    public bool IsEmpty => RequireWriter().NumDocs == 0;

    /// <summary>Number of segments of the current searcher (each adds a term lookup per query term).</summary>
    public int SegmentCount()
    {
        using var lease = Acquire();
        return lease.Searcher.IndexReader.Leaves.Count;
    }

    /// <summary>Bytes the index files take on disk.</summary>
    public long DiskBytes() =>
        new DirectoryInfo(Path).EnumerateFiles().Sum(file => file.Length);

    /// <summary>
    /// Merges the index into one segment per search slice (<see cref="SearchSlices.For"/>: one below 500,000
    /// documents) and commits that, after a rebuild. A search looks up its terms and sets up its scorers once per
    /// segment: at 1M vacancies the ten segments of a bulk build cost a quarter of the query time and five times the
    /// garbage. The merges run at once, on a thread each.
    /// </summary>
    public void MergeSegments()
    {
        var writer = RequireWriter();
        MergePolicyOf(writer).DeferMerges = false;
        writer.ForceMerge(SearchSlices.For(writer.NumDocs));
        Commit(writer, AppliedSequence);
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }

    internal static Analyzer CreateAnalyzer(VacancyAnalyzers analyzers)
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var language in FieldNames.AllLanguages())
        {
            var analyzer = analyzers.WholeWords(language);
            perField[FieldNames.Title(language)] = analyzer;
            // Descriptions arrive with their gender markers removed (VacancyDocument): no char filter on long text.
            perField[FieldNames.Text(language)] = analyzers.PreparedText(language);
        }

        perField[FieldNames.GermanTitleParts] = analyzers.For("de");

        return new PerFieldAnalyzerWrapper(analyzers.Neutral, perField);
    }

    /// <summary>Merges on up to one thread per search slice (Lucene's default is one merge thread at a time).</summary>
    private static ConcurrentMergeScheduler MergeThreads()
    {
        var scheduler = new ConcurrentMergeScheduler();
        scheduler.SetMaxMergesAndThreads(SearchSlices.MaxCount + 2, SearchSlices.MaxCount);
        return scheduler;
    }

    private static BalancedMergePolicy MergePolicyOf(IndexWriter writer) => (BalancedMergePolicy)writer.Config.MergePolicy;

    private IndexWriter RequireWriter() =>
        _writer ?? throw new InvalidOperationException("This index view is read-only: another process holds the writer.");

    private static void Commit(IndexWriter writer, long sequence)
    {
        writer.SetCommitData(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IndexLayout.VersionKey] = IndexLayout.Version,
            [IndexLayout.SequenceKey] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        writer.Commit();
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
        var sequence = data.TryGetValue(IndexLayout.SequenceKey, out var value)
                       && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : 0;
        return (true, layout, sequence);
    }
}
