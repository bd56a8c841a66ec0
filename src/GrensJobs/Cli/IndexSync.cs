using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary>
/// How verbs reach the search index: the one writer when no other process (serve) holds it, caught up with the
/// store's change feed; otherwise a read-only view, and the holder applies the changes.
/// </summary>
internal static class IndexSync
{
    /// <summary>The index for writing, or null (after saying so on stderr) when another process holds it.</summary>
    public static VacancyIndex? TryOpenWriter(IServiceProvider services, TextWriter report)
    {
        try
        {
            return VacancyIndex.OpenWriter(IndexDirectory(services), services.GetRequiredService<VacancyAnalyzers>());
        }
        catch (IndexLockedException)
        {
            report.WriteLine("index: another process (serve) holds the search index; it applies these changes itself.");
            return null;
        }
    }

    /// <summary>The index for searching: caught up with the store when this process can hold the writer.</summary>
    public static async Task<VacancyIndex> OpenForSearchAsync(IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        var directory = IndexDirectory(services);
        VacancyIndex index;
        try
        {
            index = VacancyIndex.OpenWriter(directory, services.GetRequiredService<VacancyAnalyzers>());
        }
        catch (IndexLockedException)
        {
            return VacancyIndex.OpenReader(directory);
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

    /// <summary>Applies the store's changes the index lacks, with progress on stderr when there are many.</summary>
    public static async Task<CatchUpResult> CatchUpAsync(VacancyIndex index, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        var progress = new ProgressReporter(report, "index", "vacancies");
        var result = await IndexCatchUp.RunAsync(
            index, services.GetRequiredService<IVacancyStore>(), (done, total) => progress.Report(done, total), cancellationToken).ConfigureAwait(false);
        progress.Done();
        if (result.Rebuilt && result.Applied > 0)
        {
            await report.WriteLineAsync($"index: rebuilt from the store ({result.Applied:N0} vacancies).").ConfigureAwait(false);
        }

        return result;
    }

    private static string IndexDirectory(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexDirectory;
}
