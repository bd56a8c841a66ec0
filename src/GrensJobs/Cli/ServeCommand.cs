using System.CommandLine;
using GrensJobs.Matching.Retention;
using GrensJobs.Crawlers.Declarative;
using GrensJobs.Demo;
using GrensJobs.Ingestion.Scheduling;
using GrensJobs.Normalisation.Analysis;
using GrensJobs.Search;
using GrensJobs.Search.Indexing;
using GrensJobs.Storage.Users;
using GrensJobs.Web;
using GrensJobs.Web.Mediator;
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
        var demo = new Option<bool>("--demo") { Description = "Serve the bundled demo sources (seeds/demo/) on loopback, crawl them at start and then on their schedules, and print the password of the demo mediator account (new at every start); no internet needed. Ports: six from the setting Demo:BasePort (default 5091; GrensJobs__Demo__BasePort=6091 moves them)." };
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => DefaultUrl, HelpName = "URL" };
        var command = new Command("serve", """
            Run the host: REST API (GET /api/search, /api/sources, /health; the mediator API under /api/v1/mediator/
            behind a login, see 'users'), the search index (this process holds
            its writer for its life and follows the store's changes, so import, crawl and search work beside it),
            and the Quartz schedule of every source under crawlers/sources/ (or, with --demo, of the demo sources).
            While a short-lived verb holds the index, serve waits for it; beside another serve of the same data dir
            it stops with exit 1 naming it. An index that cannot be read is moved aside and rebuilt. Stop with Ctrl-C.
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

        if (PortsInUse.FirstTaken(PortsInUse.PortsOf(urls)) is { } urlPort)
        {
            await report.WriteLineAsync(PortsInUse.UrlMessage(urls, urlPort)).ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        var adapters = GrensJobs.Crawlers.SourceAdapters.All();
        var demoPort = DemoSources.SeedBasePort;
        if (demo && DemoSettings(builder.Configuration, out demoPort) is { } invalid)
        {
            await report.WriteLineAsync(invalid).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var catalog = demo
            ? DemoSources.Load(adapters, demoPort)
            : SourceDefinitionLoader.LoadDirectory(SourceDirectory.Resolve(builder.Configuration["Crawl:SourcesDirectory"]), adapters);
        foreach (var error in catalog.Errors)
        {
            await report.WriteLineAsync($"{error} (left out)").ConfigureAwait(false);
        }

        var index = await IndexSync.OpenForServeAsync(
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
            builder.Services.AddProfileRetention();
            if (demo)
            {
                builder.Services.AddHostedService(provider => ActivatorUtilities.CreateInstance<StartupCrawl>(provider, catalog.Definitions));
            }

            await using var app = builder.Build();
            app.UseApi();
            await IndexSync.CatchUpAsync(index, app.Services, report, cancellationToken).ConfigureAwait(false);

            DemoSiteServer? sites = null;
            if (demo)
            {
                var demoSites = DemoSources.Sites(catalog.Definitions, demoPort);
                try
                {
                    sites = await DemoSiteServer.StartAsync(demoSites, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    var taken = PortsInUse.FirstTaken(demoSites.Select(site => site.Port));
                    await report.WriteLineAsync(PortsInUse.DemoMessage(
                        taken, demoSites.FirstOrDefault(site => site.Port == taken)?.Id, demoPort)).ConfigureAwait(false);
                    return ExitCodes.Failed;
                }
            }

            await using var demoServer = sites;
            if (demo)
            {
                foreach (var definition in catalog.Definitions)
                {
                    await report.WriteLineAsync($"demo: {definition.Id} ({definition.Kind}) at {definition.Url}").ConfigureAwait(false);
                }

                await DemoAccount.EnsureAsync(app.Services.GetRequiredService<IUserStore>(), urls, report, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                await report.WriteLineAsync(PortsInUse.UrlMessage(urls, PortsInUse.FirstTaken(PortsInUse.PortsOf(urls)))).ConfigureAwait(false);
                return ExitCodes.Failed;
            }

            await report.WriteLineAsync($"serve: listening on {urls}; {catalog.Definitions.Count} sources scheduled. Ctrl-C stops.").ConfigureAwait(false);
            // Ctrl-C or SIGTERM stops the host (its console lifetime); then the running crawls record themselves.
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            await report.WriteLineAsync("serve: stopped.").ConfigureAwait(false);
        }

        return ExitCodes.Interrupted;
    }

    /// <summary>The demo's base port from configuration (<see cref="DemoOptions"/>, validated), or what is wrong with it.</summary>
    private static string? DemoSettings(IConfiguration configuration, out int basePort)
    {
        var options = new DemoOptions();
        try
        {
            configuration.GetSection(DemoOptions.SectionName).Bind(options);
        }
        catch (InvalidOperationException)
        {
            basePort = DemoSources.SeedBasePort;
            return $"serve: the setting Demo:BasePort ({DemoOptions.BasePortVariable}) must be a whole number, the first of six free ports.";
        }

        basePort = options.BasePort;
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        return System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            options, new System.ComponentModel.DataAnnotations.ValidationContext(options), errors, validateAllProperties: true)
            ? null
            : $"serve: the setting Demo:BasePort ({DemoOptions.BasePortVariable}) is {options.BasePort}: {errors[0].ErrorMessage}";
    }
}
