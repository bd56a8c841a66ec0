using System.CommandLine;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Demo;
using GrensJobs.Ingestion.Scheduling;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search;
using GrensJobs.Search.Indexing;
using GrensJobs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrensJobs.Cli;

/// <summary><c>serve [--demo] [--urls URL]</c>: the REST API, the index follower and the crawl schedule in one host.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Serve the bundled demo sources (seeds/demo/) on loopback, crawl them at start and then on their schedules; no internet needed." };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => DefaultUrl, HelpName = "URL" };
        var command = new Command("serve", """
            Run the host: REST API (GET /api/search, /api/sources, /health), the search index (this process owns
            its writer and follows the store's changes), and the Quartz schedule of every source under
            crawlers/sources/ (or, with --demo, of the demo sources). Stop with Ctrl-C.
            """)
        {
            demo, urls,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
            await RunAsync(GlobalOptions.ResolveDataDirectory(parseResult), parseResult.GetValue(demo), parseResult.GetValue(urls)!, Console.Error, cancellationToken).ConfigureAwait(false));
        return command;
    }

    internal static async Task<int> RunAsync(string dataDirectory, bool demo, string urls, TextWriter report, CancellationToken cancellationToken)
    {
        var builder = GrensJobsWebHost.CreateBuilder(dataDirectory);
        builder.WebHost.UseUrls(urls);
        var analyzers = new VacancyAnalyzers();
        builder.Services.AddSingleton(analyzers);

        var adapters = GrensJobs.Crawlers.SourceAdapters.All();
        var catalog = demo
            ? DemoSources.Load(adapters)
            : SourceDefinitionLoader.LoadDirectory(SourceDirectory.Resolve(builder.Configuration["Crawl:SourcesDirectory"]), adapters);
        foreach (var error in catalog.Errors)
        {
            await report.WriteLineAsync($"{error} (left out)").ConfigureAwait(false);
        }

        var index = await OpenIndexAsync(
            builder.Configuration["Search:IndexDirectory"] ?? SearchOptions.DefaultIndexDirectory(dataDirectory), analyzers, report, cancellationToken).ConfigureAwait(false);
        if (index is null)
        {
            return ExitCodes.Failed;
        }

        using (index)
        {
            builder.Services.AddSingleton(index);
            builder.Services.AddHostedService<IndexFollower>();
            builder.Services.AddCrawlSchedule(catalog.Definitions, options => builder.Configuration.GetSection("Schedule").Bind(options));
            if (demo)
            {
                builder.Services.AddHostedService(provider => ActivatorUtilities.CreateInstance<StartupCrawl>(provider, catalog.Definitions));
            }

            await using var app = builder.Build();
            app.UseApi();
            await IndexSync.CatchUpAsync(index, app.Services, report, cancellationToken).ConfigureAwait(false);

            await using var sites = demo
                ? await DemoSiteServer.StartAsync(DemoSources.Sites(catalog.Definitions), cancellationToken).ConfigureAwait(false)
                : null;
            if (demo)
            {
                foreach (var definition in catalog.Definitions)
                {
                    await report.WriteLineAsync($"demo: {definition.Id} ({definition.Kind}) at {definition.Url}").ConfigureAwait(false);
                }
            }

            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await report.WriteLineAsync($"serve: listening on {urls}; {catalog.Definitions.Count} sources scheduled. Ctrl-C stops.").ConfigureAwait(false);
            // Ctrl-C or SIGTERM stops the host (its console lifetime); then the running crawls record themselves.
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            await report.WriteLineAsync("serve: stopped.").ConfigureAwait(false);
        }

        return ExitCodes.Interrupted;
    }

    /// <summary>
    /// Takes the index writer for this serve: at once when free; while a short-lived verb (import, crawl, search) holds
    /// it, serve waits for it to finish; beside another serve it gives up (null, said on stderr).
    /// </summary>
    private static async Task<VacancyIndex?> OpenIndexAsync(string directory, VacancyAnalyzers analyzers, TextWriter report, CancellationToken cancellationToken)
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
}
