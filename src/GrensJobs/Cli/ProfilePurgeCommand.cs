using System.CommandLine;
using System.Globalization;
using GrensJobs.Matching;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary><c>profiles purge [--older-than DAYS] [--id ID]</c>: retention, or one person's request to be forgotten.</summary>
internal static class ProfilePurgeCommand
{
    public static Command Create()
    {
        var olderThan = new Option<int?>("--older-than")
        {
            Description = "Delete every profile its feed has not updated for DAYS days (default: the retention period, Profiles:RetentionDays).",
            HelpName = "DAYS",
        };
        olderThan.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--older-than must be 0 days or more.");
            }
        });
        var id = new Option<string?>("--id") { Description = "Delete this one profile (a person's request to be forgotten)." };
        var command = new Command("purge", """
            Delete profiles from the store, the private profile index (it follows the store) and every shortlist. With
            --id: one person; with --older-than DAYS: every profile not updated for that long; with neither: the
            retention period of the settings (Profiles:RetentionDays). The audit log keeps that it happened — who, when,
            which id or how many — never the data.
            """)
        {
            olderThan, id,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(parseResult.GetValue(olderThan), parseResult.GetValue(id), services, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(int? olderThanDays, string? id, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IProfileStore>();
        if (id is not null)
        {
            if (!await store.PurgeAsync(id, CliActor.Current, cancellationToken).ConfigureAwait(false))
            {
                await report.WriteLineAsync($"profiles purge: no profile \"{id}\" in the store (nothing to delete; the request is logged).").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            await report.WriteLineAsync($"profiles purge: profile \"{id}\" deleted from the store, the profile index and every shortlist.").ConfigureAwait(false);
            if (olderThanDays is null)
            {
                return ExitCodes.Success;
            }
        }

        var days = olderThanDays ?? services.GetRequiredService<IOptions<ProfileOptions>>().Value.RetentionDays;
        var cutoff = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-days);
        var purged = await store.PurgeNotUpdatedSinceAsync(cutoff, CliActor.Current, cancellationToken).ConfigureAwait(false);
        var remaining = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        await report.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"profiles purge: {purged} profiles not updated for {days} days deleted; {remaining} remain.")).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
