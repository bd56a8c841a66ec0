using System.CommandLine;
using GrensJobs.Matching.Opportunity;
using GrensJobs.Matching.Profiles;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>stats opportunity [--isco LEVEL] [--euregio ID,…] [--format table|csv|json] [--ui-lang …]</c>: the cross-border opportunity indicator.</summary>
internal static class OpportunityCommand
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create()
    {
        var isco = new Option<int?>("--isco")
        {
            Description = "ISCO-08 level of the occupation groups: 1 (major), 2 (sub-major, the default), 3 (minor) or 4 (unit group).",
            HelpName = "LEVEL",
            CustomParser = CliNumbers.WholeNumber(1, 4),
        };
        var euregio = new Option<string[]>("--euregio")
        {
            Description = "Only these Euregios (comma-separated): ems-dollart, euregio, rhein-waal, rhein-maas-nord, maas-rijn, scheldemond, benego.",
            HelpName = "IDS",
        };
        var format = new Option<string>("--format") { Description = "table (for people, the default), csv (with a header row) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var uiLang = new Option<string>("--ui-lang") { Description = "Language of the Euregio and occupation-group names: nl, de, fr or en.", DefaultValueFactory = _ => "en" };
        uiLang.AcceptOnlyFromAmong([.. OpportunityRequest.UiLanguages]);
        var reason = new Option<string?>("--reason") { Description = "Why the profiles are read, for the audit log." };
        var command = new Command("opportunity", """
            The cross-border opportunity indicator: per Euregio and ISCO-08 group, for each side (country) of the
            border, the open vacancies there and the jobseekers living in another country who could take at least one
            of them — occupation related (as match scores it), within their commute radius, and speaking every required
            language at the level asked. Ratio: jobseekers per open vacancy. A vacancy counts in each Euregio of its
            places; the total counts each vacancy and jobseeker once. Reads every stored profile: written to the audit
            log as one aggregate read (no profile ids). Works beside serve.
            """)
        {
            isco, euregio, format, uiLang, reason,
        };
        command.Validators.Add(result =>
        {
            var problem = new OpportunityRequest { Euregios = Ids(result.GetValue(euregio)) }.Problem();
            if (problem is not null)
            {
                result.AddError("--euregio: " + problem);
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new OpportunityRequest
            {
                IscoLevel = parseResult.GetValue(isco) ?? 2,
                Euregios = Ids(parseResult.GetValue(euregio)),
                UiLanguage = parseResult.GetValue(uiLang)!,
            };
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(request, parseResult.GetValue(format)!, parseResult.GetValue(reason), services, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        OpportunityRequest request, string format, string? reason, IServiceProvider services, TextWriter output, TextWriter report, CancellationToken cancellationToken)
    {
        var profiles = services.GetRequiredService<ProfileIndex>();
        var store = services.GetRequiredService<IProfileStore>();
        await profiles.CatchUpAsync(store, cancellationToken).ConfigureAwait(false);
        var everyone = profiles.Snapshot();
        var time = services.GetRequiredService<TimeProvider>();
        await services.GetRequiredService<IAuditLog>().WriteAsync(new AuditEntry(
            time.GetUtcNow(), CliActor.Current, AuditActions.Aggregate, ProfileId: null, reason,
            $"stats opportunity --isco {request.IscoLevel}: {everyone.Count} profiles"), cancellationToken).ConfigureAwait(false);

        OpportunityTable table;
        using (var index = await IndexSync.OpenForSearchAsync(services, report, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var progress = new ProgressReporter(report, "stats opportunity", "profiles");
                table = services.GetRequiredService<OpportunityIndicator>().Compute(
                    index, everyone, request, done => progress.Report(done, everyone.Count), cancellationToken);
                progress.Done();
            }
            finally
            {
                await IndexSync.ReleaseAsync(index, services, "stats", report, cancellationToken).ConfigureAwait(false);
            }
        }

        switch (format)
        {
            case "json":
                await output.WriteLineAsync(OpportunityJson.Write(table)).ConfigureAwait(false);
                break;
            case "csv":
                await OpportunityCsv.WriteAsync(output, table, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await OpportunityTableWriter.WriteAsync(output, table).ConfigureAwait(false);
                break;
        }

        await report.WriteLineAsync(
            $"stats opportunity: {table.Rows.Count} rows from {table.Total.OpenVacancies} open vacancies in the Euregios and {table.Total.ProfilesConsidered} profiles.").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string[] Ids(string[]? values) =>
        [.. (values ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
