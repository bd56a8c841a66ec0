using System.CommandLine;
using GrensJobs.Storage.Users;
using GrensJobs.Web.Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Cli;

/// <summary>
/// <c>users add NAME --role mediator|admin | users disable NAME | users reset-password NAME | users list</c>:
/// the accounts of the mediator area. A password comes from stdin when it is redirected and not empty
/// (<c>echo secret | grensjobs users add anna --role mediator</c>); otherwise a strong one is generated and printed once,
/// on stderr. The store keeps only its hash.
/// </summary>
internal static class UsersCommand
{
    private const string PasswordHelp =
        "The password is read from stdin when it is redirected (first line); without one, a strong password is generated and printed once on stderr.";

    public static Command Create()
    {
        var addName = NameArgument();
        var role = new Option<string>("--role") { Description = "mediator (profiles, matches, shortlists) or admin (the audit log).", HelpName = "ROLE", Required = true };
        var add = new Command("add", $"Add an account. {PasswordHelp}") { addName, role };
        add.SetAction((parseResult, cancellationToken) => WithServicesAsync(parseResult, (services, minLength) =>
            AddAsync(services, parseResult.GetValue(addName)!, parseResult.GetValue(role)!, ReadPassword(), minLength, Console.Error, cancellationToken)));

        var resetName = NameArgument();
        var reset = new Command("reset-password", $"Give an account a new password; its lockout and every session it had end. {PasswordHelp}") { resetName };
        reset.SetAction((parseResult, cancellationToken) => WithServicesAsync(parseResult, (services, minLength) =>
            ResetPasswordAsync(services, parseResult.GetValue(resetName)!, ReadPassword(), minLength, Console.Error, cancellationToken)));

        var disableName = NameArgument();
        var disable = new Command("disable", "Disable an account: it can no longer log in, and every session it had ends. Its shortlists stay.") { disableName };
        disable.SetAction((parseResult, cancellationToken) => WithServicesAsync(parseResult, (services, _) =>
            DisableAsync(services, parseResult.GetValue(disableName)!, Console.Error, cancellationToken)));

        var list = new Command("list", "List the accounts: name, role, whether disabled or locked, created and last login (UTC).");
        list.SetAction((parseResult, cancellationToken) => WithServicesAsync(parseResult, (services, _) =>
            ListAsync(services, Console.Out, cancellationToken)));

        return new Command("users", "Accounts of the mediator area (the API under /api/v1/mediator/).") { add, disable, reset, list };
    }

    internal static async Task<int> AddAsync(
        IServiceProvider services, string name, string roleName, string? password, int minPasswordLength, TextWriter report, CancellationToken cancellationToken)
    {
        if (UserRoles.Parse(roleName) is not { } role)
        {
            await report.WriteLineAsync($"users add: --role must be mediator or admin, not \"{roleName}\".").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (await CheckAsync("users add", name, password, minPasswordLength, report).ConfigureAwait(false) is not { } stored)
        {
            return ExitCodes.BadInput;
        }

        var chosen = password ?? MediatorPasswords.Generate();
        var added = await services.GetRequiredService<IUserStore>()
            .AddAsync(stored, role, MediatorPasswords.Hash(stored, chosen), cancellationToken).ConfigureAwait(false);
        if (added is null)
        {
            await report.WriteLineAsync($"users add: there is already an account named \"{stored}\"; 'grensjobs users reset-password {stored}' gives it a new password.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        await report.WriteLineAsync($"users add: {stored} added as {UserRoles.Name(role)}.").ConfigureAwait(false);
        await ReportGeneratedAsync(password, chosen, stored, report).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    internal static async Task<int> ResetPasswordAsync(
        IServiceProvider services, string name, string? password, int minPasswordLength, TextWriter report, CancellationToken cancellationToken)
    {
        if (await CheckAsync("users reset-password", name, password, minPasswordLength, report).ConfigureAwait(false) is not { } stored)
        {
            return ExitCodes.BadInput;
        }

        var chosen = password ?? MediatorPasswords.Generate();
        if (!await services.GetRequiredService<IUserStore>().SetPasswordAsync(stored, MediatorPasswords.Hash(stored, chosen), cancellationToken).ConfigureAwait(false))
        {
            return await UnknownAsync("users reset-password", stored, report).ConfigureAwait(false);
        }

        await report.WriteLineAsync($"users reset-password: {stored} has a new password; its lockout and sessions are ended.").ConfigureAwait(false);
        await ReportGeneratedAsync(password, chosen, stored, report).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    internal static async Task<int> DisableAsync(IServiceProvider services, string name, TextWriter report, CancellationToken cancellationToken)
    {
        var stored = UserNames.Normalise(name) ?? name;
        if (!await services.GetRequiredService<IUserStore>().DisableAsync(stored, cancellationToken).ConfigureAwait(false))
        {
            return await UnknownAsync("users disable", stored, report).ConfigureAwait(false);
        }

        await report.WriteLineAsync($"users disable: {stored} is disabled; it can no longer log in.").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    internal static async Task<int> ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var users = await services.GetRequiredService<IUserStore>().ListAsync(cancellationToken).ConfigureAwait(false);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await output.WriteAsync(UserTable.Format(users, now)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static Argument<string> NameArgument() =>
        new("NAME") { Description = "The account name: 2–64 characters of a-z, 0-9, '.', '-', '_' (stored in lower case)." };

    /// <summary>The stored form of the name when it and the password (if given) can be used; else null, after saying why.</summary>
    private static async Task<string?> CheckAsync(string verb, string name, string? password, int minPasswordLength, TextWriter report)
    {
        if (UserNames.Normalise(name) is not { } stored)
        {
            await report.WriteLineAsync($"{verb}: \"{name}\" is not a valid account name; use 2 to 64 characters of a-z, 0-9, '.', '-' and '_', starting with a letter or digit.").ConfigureAwait(false);
            return null;
        }

        if (password is not null && MediatorPasswords.Problem(password, minPasswordLength) is { } problem)
        {
            await report.WriteLineAsync($"{verb}: {problem} Nothing was changed.").ConfigureAwait(false);
            return null;
        }

        return stored;
    }

    private static async Task<int> UnknownAsync(string verb, string name, TextWriter report)
    {
        await report.WriteLineAsync($"{verb}: there is no account named \"{name}\"; 'grensjobs users list' shows them.").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }

    private static async Task ReportGeneratedAsync(string? given, string chosen, string name, TextWriter report)
    {
        if (given is null)
        {
            await report.WriteLineAsync($"Password for {name} (shown only now; give it to the account holder): {chosen}").ConfigureAwait(false);
        }
    }

    /// <summary>The first line of stdin when it is redirected and not empty; else null (a password is then generated).</summary>
    private static string? ReadPassword()
    {
        if (!Console.IsInputRedirected)
        {
            return null;
        }

        var line = Console.In.ReadLine();
        return string.IsNullOrEmpty(line) ? null : line;
    }

    private static async Task<int> WithServicesAsync(ParseResult parseResult, Func<IServiceProvider, int, Task<int>> run)
    {
        await using var services = AppServices.Build(GlobalOptions.ResolveDataDirectory(parseResult));
        MediatorOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<MediatorOptions>>().Value;
        }
        catch (OptionsValidationException invalid)
        {
            await Console.Error.WriteLineAsync($"users: {string.Join(" ", invalid.Failures)} Check appsettings.json and the GrensJobs__Mediator__… environment variables.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return await run(services, options.MinPasswordLength).ConfigureAwait(false);
    }
}
