using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GrensJobs.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary><c>reindex</c>: rebuild the search index from the store.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the store, merged into one segment per search slice for the fastest searches (one segment below 500,000 vacancies, one per core above; the store is the truth, the index can always be rebuilt).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(services, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        var directory = services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexDirectory;
        VacancyIndex index;
        try
        {
            index = VacancyIndex.OpenWriter(directory, services.GetRequiredService<VacancyAnalyzers>());
        }
        catch (IndexLockedException)
        {
            await report.WriteLineAsync("reindex: another process (serve) holds the search index; stop it first, or let it rebuild on start.").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        using (index)
        {
            var clock = Stopwatch.StartNew();
            index.Clear();
            var result = await IndexSync.CatchUpAsync(index, services, report, cancellationToken).ConfigureAwait(false);
            var rate = result.Applied / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            await report.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"reindex: {result.Applied:N0} vacancies indexed in {clock.Elapsed.TotalSeconds:0.0} s ({rate:N0}/s), up to change {result.Sequence}.")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
