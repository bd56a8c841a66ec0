using GrensJobs.Core.Vacancies;
using GrensJobs.Storage;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// Applies the store's change feed to the index: every vacancy changed after the index's last applied sequence, in
/// sequence order, committed with the sequence reached. Idempotent, so a crash between store and index only means the
/// next catch-up replays a little. A rebuild (into an empty index) ends merged into one segment per search slice.
/// </summary>
public static class IndexCatchUp
{
    private const int BatchSize = 2_000;
    private const int CommitEvery = 100_000;

    /// <summary>Catches <paramref name="index"/> up with <paramref name="store"/>; returns how many changes were applied.</summary>
    /// <param name="progress">Called after each batch with (applied so far, total to apply).</param>
    public static async Task<CatchUpResult> RunAsync(
        VacancyIndex index, IVacancyStore store, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        var target = await store.GetLastSequenceAsync(cancellationToken).ConfigureAwait(false);
        if (index.AppliedSequence > target)
        {
            // The index is ahead of the store (a store restored from a backup, or replaced): rebuild.
            index.Clear();
        }

        var from = index.AppliedSequence;
        if (from >= target)
        {
            return new CatchUpResult(0, from, index.WasRebuilt);
        }

        var append = from == 0 && index.DocumentCount() == 0;
        var total = target - from;
        long applied = 0;
        long committedAt = 0;
        var last = from;
        var next = Task.Run(() => ReadBatchAsync(store, last, cancellationToken), cancellationToken);
        while (true)
        {
            var batch = await next.ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            last = batch[^1].Sequence;
            var after = last;
            next = Task.Run(() => ReadBatchAsync(store, after, cancellationToken), cancellationToken);
            index.Apply(batch, append);
            applied += batch.Count;
            progress?.Invoke(applied, Math.Max(applied, total));
            if (applied - committedAt >= CommitEvery)
            {
                index.Commit(last);
                committedAt = applied;
            }
        }

        index.Commit(last);
        if (append)
        {
            index.MergeSegments();
        }

        index.Refresh();
        return new CatchUpResult(applied, last, index.WasRebuilt);
    }

    private static async Task<List<StoredVacancy>> ReadBatchAsync(IVacancyStore store, long after, CancellationToken cancellationToken)
    {
        var batch = new List<StoredVacancy>(BatchSize);
        await foreach (var stored in store.ReadChangesAsync(after, BatchSize, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(stored);
        }

        return batch;
    }
}
