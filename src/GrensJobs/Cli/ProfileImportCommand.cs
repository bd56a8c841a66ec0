using System.CommandLine;
using GrensJobs.Matching.Feeds;
using GrensJobs.Matching.Profiles;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>profiles import FILE|- [--format …] [--strict]</c>: profiles (JSON lines) → resolve → store.</summary>
internal static class ProfileImportCommand
{
    private const int BatchSize = 500;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Profiles as JSON lines, one record per line; - reads stdin." };
        var format = new Option<string>("--format")
        {
            Description = "The record format: grensjobs (canonical, CONTRACTS.md), uwv, ba or vdab (see FORMATS-*.md beside each feed).",
            DefaultValueFactory = _ => "grensjobs",
        };
        format.AcceptOnlyFromAmong([.. ProfileFormats.Names]);
        var strict = new Option<bool>("--strict") { Description = "Reject the whole file at its first bad record; nothing is written." };
        var command = new Command("import", """
            Import jobseeker profiles: each record is read in its format, its desired occupations linked to ESCO/ISCO-08
            (an official national title through the occupation linker, its national code kept beside it) and its home
            resolved to a place, then upserted into the store by the feed's profile id. Valid records are imported;
            each bad one is reported on stderr with its line, field and why (the first 20, then a count), and the exit
            code is then 2. What could not be resolved (an unknown title or place) is imported with a warning.
            """)
        {
            file, format, strict,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(parseResult.GetValue(file)!, parseResult.GetValue(format)!, parseResult.GetValue(strict), services, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(
        string file, string format, bool strict, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        if (file != "-" && !File.Exists(file))
        {
            await report.WriteLineAsync($"profiles import: {file}: no such file").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var read = ProfileFormats.Get(format);
        var normaliser = services.GetRequiredService<ProfileNormaliser>();
        var store = services.GetRequiredService<IProfileStore>();
        var problems = new LineProblemReport(report, "profiles import");
        var pending = new List<ProfileToStore>();
        int lines = 0, created = 0, updated = 0, unchanged = 0;
        await using (var reader = JsonLineReader.Open(file, 1 << 20))
        {
            await foreach (var chunk in reader.ReadChunksAsync(BatchSize, cancellationToken).ConfigureAwait(false))
            {
                foreach (var line in chunk)
                {
                    lines++;
                    var result = line.Error is null ? read.ReadRecord(line.Text, line.Number) : new ProfileRecordResult(line.Number, null, null, line.Error);
                    if (result.Profile is not { } profile)
                    {
                        await problems.BadRecordAsync(result.Locate("line")!).ConfigureAwait(false);
                        continue;
                    }

                    var normalised = normaliser.Normalise(profile);
                    foreach (var warning in normalised.Warnings)
                    {
                        await problems.WarningAsync(line.Number, $"{profile.Id}: {warning}").ConfigureAwait(false);
                    }

                    pending.Add(new ProfileToStore(normalised, format));
                }

                if (strict && problems.BadLines > 0)
                {
                    break;
                }

                if (!strict && pending.Count > 0)
                {
                    var summary = await store.UpsertAsync(pending, CliActor.Current, cancellationToken).ConfigureAwait(false);
                    (created, updated, unchanged) = (created + summary.Created, updated + summary.Updated, unchanged + summary.Unchanged);
                    pending.Clear();
                }
            }

            await problems.FinishAsync(lines, reader).ConfigureAwait(false);
        }

        if (strict && problems.BadLines > 0)
        {
            await report.WriteLineAsync("profiles import: --strict: nothing was written; fix the record above and import again.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (pending.Count > 0)
        {
            var summary = await store.UpsertAsync(pending, CliActor.Current, cancellationToken).ConfigureAwait(false);
            (created, updated, unchanged) = (created + summary.Created, updated + summary.Updated, unchanged + summary.Unchanged);
        }

        var total = await store.CountAsync(cancellationToken).ConfigureAwait(false);
        await report.WriteLineAsync(
            $"profiles import: {lines} records, {created} new, {updated} updated, {unchanged} unchanged, {problems.BadLines} bad; {total} profiles in the store").ConfigureAwait(false);
        return problems.BadLines == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
