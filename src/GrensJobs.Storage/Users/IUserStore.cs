namespace GrensJobs.Storage.Users;

/// <summary>
/// The accounts of the mediator area. Names are unique (stored in lower case, see <see cref="UserNames"/>); the store
/// keeps only password hashes, made by the host. A reset or a disable changes the security stamp, which ends every
/// session the account had.
/// </summary>
public interface IUserStore
{
    /// <summary>Adds an account; null when the name is taken.</summary>
    Task<UserAccount?> AddAsync(string name, UserRole role, string passwordHash, CancellationToken cancellationToken);

    Task<UserAccount?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every account, by name.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Sets a new password hash, clears the lockout and the failed attempts, and ends every session; false for an unknown name.</summary>
    Task<bool> SetPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Disables the account and ends every session; false for an unknown name.</summary>
    Task<bool> DisableAsync(string name, CancellationToken cancellationToken);

    /// <summary>Ends every session of the account (a new security stamp); false for an unknown name.</summary>
    Task<bool> EndSessionsAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a failed login. The <paramref name="maxAttempts"/>-th in a row locks the account until now +
    /// <paramref name="lockFor"/> and starts the count again. Returns the account as it is afterwards (null for an unknown name).
    /// </summary>
    Task<UserAccount?> RecordFailedLoginAsync(string name, int maxAttempts, TimeSpan lockFor, CancellationToken cancellationToken);

    /// <summary>Records a successful login: the failed attempts and any lockout are cleared.</summary>
    Task RecordLoginAsync(string name, CancellationToken cancellationToken);
}
