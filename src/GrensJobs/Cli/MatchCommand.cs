using System.CommandLine;
using GrensJobs.Core.Profiles;
using GrensJobs.Matching;
using GrensJobs.Matching.Profiles;
using GrensJobs.Matching.Results;
using GrensJobs.Search.Candidates;
using GrensJobs.Storage;
using GrensJobs.Storage.Audit;
using GrensJobs.Storage.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Cli;

/// <summary><c>match (--profile ID | --profile-file FILE | --vacancy ID)</c>: best vacancies for a jobseeker, or best jobseekers for a vacancy.</summary>
internal static class MatchCommand
{
    private static readonly string[] UiLanguages = ["nl", "de", "fr", "en"];

    public static Command Create()
    {
        var profile = new Option<string?>("--profile") { Description = "A stored profile's id: its best vacancies.", HelpName = "ID" };
        var profileFile = new Option<string?>("--profile-file") { Description = "One canonical profile (one JSON object) in a file: its best vacancies; nothing is stored.", HelpName = "FILE" };
        var vacancy = new Option<string?>("--vacancy") { Description = "A vacancy's id (or SOURCE/ID when two sources share it): its best jobseekers.", HelpName = "ID" };
        var top = new Option<int>("--top") { Description = "How many results (1–100).", DefaultValueFactory = _ => 20 };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--top must be between 1 and 100.");
            }
        });
        var uiLang = new Option<string>("--ui-lang") { Description = "Language of reasons and blockers: nl, de, fr or en.", DefaultValueFactory = _ => "en" };
        uiLang.AcceptOnlyFromAmong(UiLanguages);
        var json = new Option<bool>("--json") { Description = "Print the CONTRACTS.md match JSON on stdout." };
        var reason = new Option<string?>("--reason") { Description = "Why the profiles are read, for the audit log." };
        var command = new Command("match", """
            Match jobseekers and vacancies across the border. --profile ID or --profile-file FILE: the best open
            vacancies for that person; --vacancy ID: the best stored profiles for that vacancy. Each result has a score
            (0–1) with its breakdown (occupation, skills, languages, distance, hours, education, availability), the
            reasons and the blockers ("asks for German C1; profile has B1") in --ui-lang. A vacancy with a blocker never
            outranks one without on the same occupation. Works beside serve. Every profile read is audited.
            """)
        {
            profile, profileFile, vacancy, top, uiLang, json, reason,
        };
        command.Validators.Add(result =>
        {
            var given = new[] { profile, profileFile, vacancy }.Count(option => result.GetResult(option) is not null);
            if (given != 1)
            {
                result.AddError("Give exactly one of --profile ID, --profile-file FILE or --vacancy ID.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new MatchRequest(
                parseResult.GetValue(profile), parseResult.GetValue(profileFile), parseResult.GetValue(vacancy),
                parseResult.GetValue(top), parseResult.GetValue(uiLang)!, parseResult.GetValue(json), parseResult.GetValue(reason));
            await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
            return await RunAsync(request, services, Console.Out, Console.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    internal static async Task<int> RunAsync(MatchRequest request, IServiceProvider services, TextWriter output, TextWriter report, CancellationToken cancellationToken)
    {
        if (request.VacancyId is { } vacancyId)
        {
            return await MatchVacancyAsync(request, vacancyId, services, output, report, cancellationToken).ConfigureAwait(false);
        }

        var profile = await LoadProfileAsync(request, services, report, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            return ExitCodes.BadInput;
        }

        IReadOnlyList<VacancyMatch> matches;
        using (var index = await IndexSync.OpenForSearchAsync(services, report, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                matches = services.GetRequiredService<VacancyMatcher>().Match(index, profile, request.Top, request.UiLanguage);
            }
            finally
            {
                await IndexSync.ReleaseAsync(index, services, "match", report, cancellationToken).ConfigureAwait(false);
            }
        }

        if (request.Json)
        {
            await output.WriteLineAsync(MatchJson.ForProfile(profile.Profile.Id, matches)).ConfigureAwait(false);
        }
        else
        {
            await MatchTable.WriteAsync(output, matches).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<NormalisedProfile?> LoadProfileAsync(MatchRequest request, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        if (request.ProfileFile is { } file)
        {
            if (!File.Exists(file))
            {
                await report.WriteLineAsync($"match: {file}: no such file").ConfigureAwait(false);
                return null;
            }

            var read = ProfileReader.Read(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            if (read.Profile is not { } parsed)
            {
                await report.WriteLineAsync($"match: {file}: {read.Error}").ConfigureAwait(false);
                return null;
            }

            var normalised = services.GetRequiredService<ProfileNormaliser>().Normalise(parsed);
            foreach (var warning in normalised.Warnings)
            {
                await report.WriteLineAsync($"match: warning: {warning}").ConfigureAwait(false);
            }

            return normalised;
        }

        var id = request.ProfileId!;
        var stored = await services.GetRequiredService<IProfileStore>().GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            await report.WriteLineAsync($"match: no profile \"{id}\" in the store; import it with 'profiles import', or use --profile-file.").ConfigureAwait(false);
            return null;
        }

        await services.GetRequiredService<IAuditLog>().WriteAsync(new AuditEntry(
            services.GetRequiredService<TimeProvider>().GetUtcNow(), CliActor.Current, AuditActions.MatchProfile, id, request.Reason, "match --profile"), cancellationToken).ConfigureAwait(false);
        return stored.Profile;
    }

    private static async Task<int> MatchVacancyAsync(
        MatchRequest request, string vacancyId, IServiceProvider services, TextWriter output, TextWriter report, CancellationToken cancellationToken)
    {
        var key = await ResolveVacancyAsync(vacancyId, services, report, cancellationToken).ConfigureAwait(false);
        if (key is not { } found)
        {
            return ExitCodes.BadInput;
        }

        VacancyCandidate? vacancy;
        using (var index = await IndexSync.OpenForSearchAsync(services, report, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                vacancy = VacancyCandidates.Get(index, found.Source, found.Id);
            }
            finally
            {
                await IndexSync.ReleaseAsync(index, services, "match", report, cancellationToken).ConfigureAwait(false);
            }
        }

        if (vacancy is null)
        {
            await report.WriteLineAsync($"match: vacancy \"{found.Source}/{found.Id}\" is not open (expired, or not indexed yet).").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var profiles = services.GetRequiredService<ProfileIndex>();
        await profiles.CatchUpAsync(services.GetRequiredService<IProfileStore>(), cancellationToken).ConfigureAwait(false);
        var matches = services.GetRequiredService<ProfileMatcher>().Match(profiles, vacancy, request.Top, request.UiLanguage);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await services.GetRequiredService<IAuditLog>().WriteAsync(
            [.. matches.Select(m => new AuditEntry(now, CliActor.Current, AuditActions.MatchVacancy, m.Profile.Profile.Id, request.Reason, $"match --vacancy {found.Source}/{found.Id}"))],
            cancellationToken).ConfigureAwait(false);
        if (request.Json)
        {
            await output.WriteLineAsync(MatchJson.ForVacancy(vacancy.Id, vacancy.Source, matches)).ConfigureAwait(false);
        }
        else
        {
            await MatchTable.WriteAsync(output, matches).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<(string Source, string Id)?> ResolveVacancyAsync(string given, IServiceProvider services, TextWriter report, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IVacancyStore>();
        var sources = await store.FindSourcesAsync(given, cancellationToken).ConfigureAwait(false);
        if (sources.Count == 1)
        {
            return (sources[0], given);
        }

        var slash = given.IndexOf('/', StringComparison.Ordinal);
        if (sources.Count == 0 && slash > 0 && await store.GetAsync(given[..slash], given[(slash + 1)..], cancellationToken).ConfigureAwait(false) is not null)
        {
            return (given[..slash], given[(slash + 1)..]);
        }

        await report.WriteLineAsync(sources.Count == 0
            ? $"match: no vacancy \"{given}\" in the store."
            : $"match: {sources.Count} sources have a vacancy \"{given}\" ({string.Join(", ", sources)}); give SOURCE/ID.").ConfigureAwait(false);
        return null;
    }
}
