using Lucene.Net.Index;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// How a search spreads over the cores: the segments of a large index in groups of about the same number of documents,
/// one per core, each scored on a thread of its own. A slice must hold enough documents to repay the hand-off to
/// another thread: at 1M vacancies two slices took the p50 from 4.8 to 3.0 ms on two cores, at 100k they gained
/// nothing and varied more. A rebuild ends with one segment per slice (<see cref="BalancedMergePolicy"/>).
/// </summary>
public static class SearchSlices
{
    /// <summary>The fewest documents a slice of its own is worth.</summary>
    public const int MinDocumentsPerSlice = 250_000;

    /// <summary>The most slices a search scores at once: one per core, at most four.</summary>
    public static int MaxCount { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The number of slices for an index of <paramref name="documents"/> documents.</summary>
    public static int For(long documents, int minDocumentsPerSlice = MinDocumentsPerSlice) =>
        (int)Math.Clamp(documents / Math.Max(1, minDocumentsPerSlice), 1, MaxCount);

    /// <summary>The segments in <see cref="For"/> groups of about equal size.</summary>
    public static IReadOnlyList<List<AtomicReaderContext>> Split(IList<AtomicReaderContext> leaves, int minDocumentsPerSlice = MinDocumentsPerSlice)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var documents = leaves.Sum(leaf => (long)leaf.AtomicReader.MaxDoc);
        return Balance(leaves, leaf => leaf.AtomicReader.MaxDoc, For(documents, minDocumentsPerSlice));
    }

    /// <summary>
    /// <paramref name="items"/> in at most <paramref name="count"/> non-empty groups of about equal total size: the
    /// largest first, each to the group that is smallest so far.
    /// </summary>
    internal static List<T>[] Balance<T>(ICollection<T> items, Func<T, long> size, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        var groups = new List<T>[Math.Max(1, Math.Min(count, items.Count))];
        var sizes = new long[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = [];
        }

        foreach (var item in items.OrderByDescending(size))
        {
            var smallest = 0;
            for (var i = 1; i < groups.Length; i++)
            {
                smallest = sizes[i] < sizes[smallest] ? i : smallest;
            }

            groups[smallest].Add(item);
            sizes[smallest] += size(item);
        }

        return groups;
    }
}
