namespace GrensJobs.Storage.Users;

/// <summary>An account of the mediator area as the store keeps it (the password only as its salted hash).</summary>
public sealed record UserAccount(
    long Id,
    string Name,
    UserRole Role,
    string PasswordHash,
    string SecurityStamp,
    bool Disabled,
    int FailedAttempts,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastLoginAt)
{
    /// <summary>Whether failed logins lock the account at <paramref name="now"/>.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
