using GrensJobs.Storage.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// Checks a name and password: a locked account is refused before its password is looked at; every wrong password of a
/// known account counts towards the lockout (<see cref="MediatorOptions.LockoutAttempts"/> in a row lock it for
/// <see cref="MediatorOptions.LockoutMinutes"/>); an unknown name costs as much time as a known one and says the same.
/// </summary>
internal sealed class MediatorLogin(IUserStore users, IOptions<MediatorOptions> options, TimeProvider time, ILogger<MediatorLogin> logger)
{
    public async Task<LoginResult> CheckAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        var stored = UserNames.Normalise(name);
        var account = stored is null ? null : await users.GetAsync(stored, cancellationToken).ConfigureAwait(false);
        if (account is not null && account.IsLockedAt(time.GetUtcNow()))
        {
            WebLog.LoginRefusedLocked(logger, account.Name);
            return new LoginResult(LoginOutcome.LockedOut, LockedUntil: account.LockedUntil);
        }

        if (!MediatorPasswords.Verify(account?.Name ?? "", account?.PasswordHash, password ?? ""))
        {
            if (account is null)
            {
                WebLog.LoginFailedUnknown(logger);
                return new LoginResult(LoginOutcome.WrongCredentials);
            }

            var limits = options.Value;
            var after = await users.RecordFailedLoginAsync(account.Name, limits.LockoutAttempts, TimeSpan.FromMinutes(limits.LockoutMinutes), cancellationToken)
                .ConfigureAwait(false);
            WebLog.LoginFailed(logger, account.Name);
            return after is not null && after.IsLockedAt(time.GetUtcNow())
                ? new LoginResult(LoginOutcome.LockedOut, LockedUntil: after.LockedUntil)
                : new LoginResult(LoginOutcome.WrongCredentials);
        }

        if (account!.Disabled)
        {
            WebLog.LoginRefusedDisabled(logger, account.Name);
            return new LoginResult(LoginOutcome.Disabled);
        }

        await users.RecordLoginAsync(account.Name, cancellationToken).ConfigureAwait(false);
        WebLog.LoggedIn(logger, account.Name);
        return new LoginResult(LoginOutcome.LoggedIn, account);
    }
}
