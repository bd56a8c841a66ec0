using System.Collections.Concurrent;
using GrensJobs.Core.Vacancies;
using GrensJobs.Normalisation.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// The Lucene vacancy index in one directory: either the one <see cref="IndexWriter"/> of the data dir (with a
/// near-real-time <see cref="SearcherManager"/> over it), held under an operating-system lock for the writer's life,
/// or a read-only view of the last commit that another process made, which reopens on <see cref="Refresh"/>. Every
/// commit records the store change sequence it contains and the layout version. A rebuild (another layout, an index
/// ahead of the store, <c>reindex</c>) is built beside the last commit and replaces it in one commit, so readers see
/// the old index until the new one is complete, and a rebuild killed at any moment leaves the old one in place.
/// </summary>
public sealed partial class VacancyIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly IndexWriterLock? _lock;
    private readonly Func<IndexWriterConfig>? _writerConfig;
    private readonly Lock _reopening = new();
    private LuceneDirectory _directory;
    private IndexWriter? _writer;
    private volatile SearcherManager _searchers;
    private long _appliedSequence;
    private bool _rebuilding;
    private bool _disposed;

    private VacancyIndex(
        string path, IndexWriterLock? writerLock, Func<IndexWriterConfig>? writerConfig, LuceneDirectory directory,
        IndexWriter? writer, SearcherManager searchers, long appliedSequence)
    {
        Path = path;
        _lock = writerLock;
        _writerConfig = writerConfig;
        _directory = directory;
        _writer = writer;
        _searchers = searchers;
        _appliedSequence = appliedSequence;
    }

    public string Path { get; }

    /// <summary>Whether this process holds the writer (and so applies the store's changes).</summary>
    public bool IsWriter => _lock is not null;

    /// <summary>True when the index is being (or was) rebuilt from scratch: another layout, ahead of the store, broken, or <see cref="StartRebuild"/>.</summary>
    public bool WasRebuilt { get; private set; }

    /// <summary>Where a broken index was moved aside (it is rebuilt from the store), and why; null when it opened cleanly.</summary>
    public BrokenIndex? Broken { get; private set; }

    /// <summary>The last store change sequence applied (committed, for a read-only view).</summary>
    public long AppliedSequence => Interlocked.Read(ref _appliedSequence);

    /// <summary>Whether a rebuild is under way that has not been committed yet (readers still see the previous commit).</summary>
    public bool IsRebuilding => Volatile.Read(ref _rebuilding);

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

    /// <summary>Makes everything applied so far durable, recording <paramref name="sequence"/> as applied; ends a rebuild.</summary>
    public void Commit(long sequence)
    {
        Commit(RequireWriter(), sequence);
        Interlocked.Exchange(ref _appliedSequence, sequence);
        Volatile.Write(ref _rebuilding, false);
    }

    /// <summary>
    /// Discards everything applied since the last commit, as a crash would, and closes the writer (dispose this view
    /// and open the index again to go on).
    /// </summary>
    public void Rollback() => RequireWriter().Rollback();

    /// <summary>
    /// Starts rebuilding the index from the store: everything is deleted in the writer, not on disk — the last commit
    /// stays what every reader sees (and what survives a crash) until the rebuilt index is committed. Searches of this
    /// process also keep the previous state until then (the searcher is not refreshed during a rebuild).
    /// </summary>
    public void StartRebuild()
    {
        RequireWriter().DeleteAll();
        Interlocked.Exchange(ref _appliedSequence, 0);
        Volatile.Write(ref _rebuilding, true);
        WasRebuilt = true;
    }

    /// <summary>
    /// Makes applied changes visible to searches (a writer; not while a rebuild is under way) or opens the latest commit
    /// (a read-only view).
    /// </summary>
    public void Refresh()
    {
        if (IsRebuilding)
        {
            return;
        }

        var searchers = _searchers;
        searchers.MaybeRefresh();
        if (_writer is null)
        {
            var searcher = searchers.Acquire();
            try
            {
                if (searcher.IndexReader is DirectoryReader reader && SequenceOf(reader.IndexCommit.UserData) is { } sequence)
                {
                    Interlocked.Exchange(ref _appliedSequence, sequence);
                }
            }
            finally
            {
                searchers.Release(searcher);
            }
        }
    }

    /// <summary>A searcher over the latest refreshed state; dispose the lease to release it.</summary>
    public SearcherLease Acquire()
    {
        while (true)
        {
            var searchers = _searchers;
            try
            {
                return new SearcherLease(searchers);
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(searchers, _searchers))
            {
                // A broken index was replaced while this search started: take the new one.
            }
        }
    }

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
    /// documents), after a rebuild; the caller commits. A search looks up its terms and sets up its scorers once per
    /// segment: at 1M vacancies the ten segments of a bulk build cost a quarter of the query time and five times the
    /// garbage. The merges run at once, on a thread each.
    /// </summary>
    public void MergeSegments()
    {
        var writer = RequireWriter();
        MergePolicyOf(writer).DeferMerges = false;
        writer.ForceMerge(SearchSlices.For(writer.NumDocs));
    }

    /// <summary>
    /// Closes the index and lets the writer lock go. What was applied but not committed is discarded, as a crash would
    /// discard it (a rebuild cut short must never be committed as if complete); the store's change feed brings it back.
    /// </summary>
    public void Dispose()
    {
        lock (_reopening)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searchers.Dispose();
            _writer?.Rollback();
            _directory.Dispose();
            _lock?.Dispose();
        }
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

    private static long? SequenceOf(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(IndexLayout.SequenceKey, out var value)
        && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;
}
