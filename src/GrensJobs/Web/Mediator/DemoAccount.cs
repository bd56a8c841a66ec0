using GrensJobs.Storage.Users;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// The mediator account of <c>serve --demo</c>: <see cref="Name"/>, given a fresh generated password at every demo start
/// (so no fixed password ever exists), printed on stderr with how to log in.
/// </summary>
internal static class DemoAccount
{
    public const string Name = "demo";

    public static async Task EnsureAsync(IUserStore users, string urls, TextWriter report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(report);
        var password = MediatorPasswords.Generate();
        var hash = MediatorPasswords.Hash(Name, password);
        if (await users.AddAsync(Name, UserRole.Mediator, hash, cancellationToken).ConfigureAwait(false) is null
            && !await users.SetPasswordAsync(Name, hash, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? urls;
        await report.WriteLineAsync(
            $"demo: mediator account \"{Name}\", password {password} (new at every demo start; log in with POST {first.TrimEnd('/')}{MediatorSetup.Prefix}/login).")
            .ConfigureAwait(false);
    }
}
