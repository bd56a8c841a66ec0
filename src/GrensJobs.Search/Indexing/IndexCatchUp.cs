using System.Collections.Concurrent;
using GrensJobs.Core.Vacancies;
using GrensJobs.Storage;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// Applies the store's change feed to the index: every vacancy changed after the index's last applied sequence, in
/// sequence order, committed with the sequence reached. Idempotent, so a crash between store and index only means the
/// next catch-up replays a little. A rebuild (into an empty index) is committed once, at its end, merged into one
/// segment per search slice: until then every reader sees the index as it was, and a rebuild killed half-way leaves it so.
/// </summary>
public static class IndexCatchUp
{
    private const int BatchSize = 2_000;
    private const int QueueCapacity = 2 * BatchSize;
    private const int CommitEvery = 100_000;

    /// <summary>Catches <paramref name="index"/> up with <paramref name="store"/>; returns how many changes were applied.</summary>
    /// <param name="progress">Called after each batch read with (handed to the index so far, total to apply).</param>
    public static async Task<CatchUpResult> RunAsync(
        VacancyIndex index, IVacancyStore store, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        var target = await store.GetLastSequenceAsync(cancellationToken).ConfigureAwait(false);
        if (index.AppliedSequence > target)
        {
            // The index is ahead of the store (a store restored from a backup, or replaced): rebuild.
            index.StartRebuild();
        }

        var from = index.AppliedSequence;
        if (from >= target)
        {
            if (index.IsRebuilding)
            {
                index.Commit(from);
                index.Refresh();
            }

            return new CatchUpResult(0, from, index.WasRebuilt);
        }

        var append = from == 0 && index.IsEmpty;
        var total = target - from;
        long applied = 0;
        var last = from;
        while (true)
        {
            var before = applied;
            var (count, reached) = await ApplyWindowAsync(
                index, store, last, append, read => progress?.Invoke(before + read, Math.Max(before + read, total)), cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                break;
            }

            applied += count;
            last = reached;
            if (!append)
            {
                index.Commit(last);
            }

            if (count < CommitEvery)
            {
                break;
            }
        }

        if (append)
        {
            if (applied > 0)
            {
                index.MergeSegments();
            }

            index.Commit(last);
        }

        index.Refresh();
        return new CatchUpResult(applied, last, index.WasRebuilt);
    }

    /// <summary>
    /// Applies up to <see cref="CommitEvery"/> changes after <paramref name="after"/>: the store is read, batch by batch,
    /// on one thread while the cores index what it has read (a bounded queue between them). Returns how many were
    /// applied and the last sequence.
    /// </summary>
    private static async Task<(long Count, long Last)> ApplyWindowAsync(
        VacancyIndex index, IVacancyStore store, long after, bool append, Action<long> read, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var window = new BlockingCollection<StoredVacancy>(QueueCapacity);
        var indexing = Task.Run(
            () =>
            {
                try
                {
                    index.Apply(window.GetConsumingEnumerable(stop.Token), append);
                }
                catch
                {
                    // The reader must not wait for room in the queue any longer.
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None);

        long count = 0;
        var last = after;
        try
        {
            while (count < CommitEvery)
            {
                var batch = await ReadBatchAsync(store, last, stop.Token).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    break;
                }

                foreach (var stored in batch)
                {
                    window.Add(stored, stop.Token);
                }

                count += batch.Count;
                last = batch[^1].Sequence;
                read(count);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The indexing failed and stopped the reading: its exception is thrown below.
        }
        catch
        {
            // The reading failed or was cancelled: the indexing ends before the caller goes on.
            stop.Cancel();
            window.CompleteAdding();
            await indexing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        window.CompleteAdding();
        await indexing.ConfigureAwait(false);
        return (count, last);
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
