using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary>
/// How verbs reach the search index. One process at a time holds its writer, under an operating-system lock; every
/// other process reads the last commit and never touches the lock. A verb that changes the store takes the writer
/// when it is free and hands it back caught up with the store's last change; when another process holds it, that
/// process applies the changes (serve follows the store; a short-lived holder catches up before it lets go, and
/// again after, when a process it refused wrote meanwhile).
/// </summary>
internal static class IndexSync
{
    /// <summary>The index for writing, or null (after saying who holds it on stderr) when another process does.</summary>
    public static VacancyIndex? TryOpenWriter(IServiceProvider services, string verb, TextWriter report)
    {
        try
        {
            return OpenWriter(services, verb, report);
        }
        catch (IndexLockedException locked)
        {
            report.WriteLine($"index: {locked.HolderDescription} holds the search index; it applies these changes itself.");
            return null;
        }
    }

    /// <summary>
    /// Takes the index writer for this serve: at once when free; while a short-lived verb (import, crawl, search) holds
    /// it, serve waits for it to finish; beside another serve it gives up (null, said on stderr).
    /// </summary>
    public static async Task<VacancyIndex?> OpenForServeAsync(string directory, VacancyAnalyzers analyzers, TextWriter report, CancellationToken cancellationToken)
    {
        string? waitingFor = null;
        while (true)
        {
            try
            {
                var index = VacancyIndex.OpenWriter(directory, analyzers, holder: "serve");
                if (index.Broken is { } broken)
                {
                    await report.WriteLineAsync($"serve: the search index could not be read ({broken.Reason}); it was moved aside to {broken.MovedTo} and is rebuilt from the store.").ConfigureAwait(false);
                }

                return index;
            }
            catch (IndexLockedException locked) when (locked.Holder is not { Verb: "serve" })
            {
                if (!string.Equals(waitingFor, locked.HolderDescription, StringComparison.Ordinal))
                {
                    waitingFor = locked.HolderDescription;
                    await report.WriteLineAsync($"serve: waiting for {waitingFor} to let go of the search index…").ConfigureAwait(false);
                }
            }
            catch (IndexLockedException locked)
            {
                await report.WriteLineAsync(
                    $"serve: {locked.HolderDescription} already serves this data dir ({directory}). Stop it first, or give this one its own --data directory.").ConfigureAwait(false);
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The index for searching: the writer, caught up with the store, when it is free; else a read-only view of the last commit.</summary>
    public static async Task<VacancyIndex> OpenForSearchAsync(IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        VacancyIndex index;
        try
        {
            index = OpenWriter(services, "search", report);
        }
        catch (IndexLockedException)
        {
            return VacancyIndex.OpenReader(IndexDirectory(services));
        }

        try
        {
            await CatchUpAsync(index, services, report, cancellationToken).ConfigureAwait(false);
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Ends a verb that wrote to the store: as the holder (<paramref name="index"/> not null) it hands the index back
    /// caught up; otherwise it tries once more to take the writer (the holder may have let go meanwhile) and catches up.
    /// </summary>
    public static async Task FinishWritingAsync(VacancyIndex? index, IServiceProvider services, string verb, TextWriter report, CancellationToken cancellationToken)
    {
        if (index is null)
        {
            try
            {
                index = OpenWriter(services, verb, report);
            }
            catch (IndexLockedException)
            {
                // Its holder applies the changes: it follows the store (serve), or checks the store after letting go.
                return;
            }
        }

        await ReleaseAsync(index, services, verb, report, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lets the index go. A writer first catches up with the store's last change; after letting go it looks at the
    /// store again: a process that was refused the writer meanwhile may have written, and then this one takes the
    /// writer back (when free) and catches that up too. A read-only view is just closed.
    /// </summary>
    public static async Task ReleaseAsync(VacancyIndex index, IServiceProvider services, string verb, TextWriter report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!index.IsWriter)
        {
            index.Dispose();
            return;
        }

        var store = services.GetRequiredService<IVacancyStore>();
        VacancyIndex? held = index;
        while (held is not null)
        {
            long reached;
            using (held)
            {
                await CatchUpAsync(held, services, report, cancellationToken).ConfigureAwait(false);
                reached = held.AppliedSequence;
            }

            held = null;
            if (await store.GetLastSequenceAsync(cancellationToken).ConfigureAwait(false) <= reached)
            {
                return;
            }

            try
            {
                held = OpenWriter(services, verb, report);
            }
            catch (IndexLockedException)
            {
                // Whoever holds it now catches up before it lets go.
            }
        }
    }

    /// <summary>
    /// Applies the store's changes the index lacks, with progress on stderr when there are many. An index found broken
    /// on the way is moved aside and rebuilt from the store.
    /// </summary>
    public static async Task<CatchUpResult> CatchUpAsync(VacancyIndex index, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IVacancyStore>();
        var progress = new ProgressReporter(report, "index", "vacancies");
        CatchUpResult result;
        try
        {
            result = await IndexCatchUp.RunAsync(index, store, (done, total) => progress.Report(done, total), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (VacancyIndex.IsBrokenIndex(exception))
        {
            progress.Done();
            ReportBroken(report, index.ReplaceBroken(exception));
            result = await IndexCatchUp.RunAsync(index, store, (done, total) => progress.Report(done, total), cancellationToken).ConfigureAwait(false);
        }

        progress.Done();
        if (result.Rebuilt && result.Applied > 0)
        {
            await report.WriteLineAsync($"index: rebuilt from the store ({result.Applied:N0} vacancies).").ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>The writer, saying on stderr when a broken index was moved aside; throws <see cref="IndexLockedException"/> when another process holds it.</summary>
    public static VacancyIndex OpenWriter(IServiceProvider services, string verb, TextWriter report)
    {
        var index = VacancyIndex.OpenWriter(IndexDirectory(services), services.GetRequiredService<VacancyAnalyzers>(), holder: verb);
        if (index.Broken is { } broken)
        {
            ReportBroken(report, broken);
        }

        return index;
    }

    private static void ReportBroken(TextWriter report, BrokenIndex broken) =>
        report.WriteLine($"index: the search index could not be read ({broken.Reason}); it was moved aside to {broken.MovedTo} and is rebuilt from the store.");

    private static string IndexDirectory(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexDirectory;
}
