using System.CommandLine;
using GrensJobs.Matching.Feeds;
using GrensJobs.Matching.Profiles;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>profiles fetch --feed uwv|ba|vdab</c>: read a service's profile feed over HTTP to its end and store what it sends.</summary>
internal static class ProfileFetchCommand
{
    private const int BatchSize = 500;

    public static Command Create()
    {
        var feed = new Option<string>("--feed") { Description = "The feed: uwv, ba or vdab (configured under ProfileFeeds:Uwv|Ba|Vdab).", Required = true };
        feed.AcceptOnlyFromAmong([.. ProfileFeedCatalog.KnownNames]);
        var command = new Command("fetch", """
            Read a service's profile feed (UWV-, Bundesagentur- or VDAB-style; see FORMATS-*.md) page by page to its
            end, with its authentication and the standard resilience handler, and store every profile as 'profiles
            import' does. Bad records are reported with their position, id and field, and the rest is stored (exit 2);
            a feed that cannot be read to its end says why (exit 1) — what was read before is kept.
            """)
        {
            feed,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(parseResult.GetValue(feed)!, services, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(string name, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<ProfileFeedCatalog>().TryGet(name, out var feed, out var problem))
        {
            await report.WriteLineAsync($"profiles fetch: {problem}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var normaliser = services.GetRequiredService<ProfileNormaliser>();
        var store = services.GetRequiredService<IProfileStore>();
        var problems = new LineProblemReport(report, "profiles fetch");
        var pending = new List<ProfileToStore>();
        int records = 0, stored = 0;
        var failed = false;
        try
        {
            await foreach (var record in feed.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                records++;
                if (record.Profile is not { } profile)
                {
                    await problems.BadRecordAsync(record.LocatedError!).ConfigureAwait(false);
                    continue;
                }

                pending.Add(new ProfileToStore(normaliser.Normalise(profile), name));
                if (pending.Count >= BatchSize)
                {
                    stored += await StoreAsync(store, pending, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (ProfileFeedException ex)
        {
            await report.WriteLineAsync($"profiles fetch: {ex.Message}").ConfigureAwait(false);
            failed = true;
        }

        stored += await StoreAsync(store, pending, cancellationToken).ConfigureAwait(false);
        await report.WriteLineAsync(
            $"profiles fetch: {name}: {records} records read, {stored} new or updated, {problems.BadLines} bad{(failed ? "; the feed stopped early" : "")}").ConfigureAwait(false);
        return failed ? ExitCodes.Failed : problems.BadLines > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static async Task<int> StoreAsync(IProfileStore store, List<ProfileToStore> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return 0;
        }

        var summary = await store.UpsertAsync(pending, CliActor.Current, cancellationToken).ConfigureAwait(false);
        pending.Clear();
        return summary.Created + summary.Updated;
    }
}
