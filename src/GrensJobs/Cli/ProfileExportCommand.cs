using System.CommandLine;
using System.Text.Json;
using GrensJobs.Core.Json;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>profiles export --id ID</c>: everything the store holds about one person, as one JSON object (a subject access request).</summary>
internal static class ProfileExportCommand
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "The profile id (the feed's own id).", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why, for the audit log (e.g. the request's reference)." };
        var command = new Command("export", """
            Print everything GrensJobs holds about one jobseeker as one JSON object on stdout: the profile as imported,
            what was resolved from it, when it was imported and updated, and the audit log of who read it. For a
            person's request to see their data; the export itself is written to the audit log.
            """)
        {
            id, reason,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(parseResult.GetValue(id)!, parseResult.GetValue(reason), services, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        string id, string? reason, IServiceProvider services, TextWriter output, TextWriter report, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IProfileStore>();
        var audit = services.GetRequiredService<IAuditLog>();
        var time = services.GetRequiredService<TimeProvider>();
        var stored = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await report.WriteLineAsync($"profiles export: no profile \"{id}\" in the store.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), CliActor.Current, AuditActions.Export, id, reason, "profiles export"), cancellationToken).ConfigureAwait(false);
        var accesses = await audit.ReadAsync(new AuditQuery(ProfileId: id, Limit: 10_000), cancellationToken).ConfigureAwait(false);
        var export = new ProfileExport(stored.Format, stored.ImportedAt, stored.UpdatedAt, stored.Profile,
            [.. accesses.Select(a => new ProfileAccess(a.At, a.Actor, a.Action, a.Reason))]);
        await output.WriteLineAsync(JsonSerializer.Serialize(export, CliJsonContext.Default.ProfileExport)).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
