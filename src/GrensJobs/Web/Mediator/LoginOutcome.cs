namespace GrensJobs.Web.Mediator;

/// <summary>How a login went.</summary>
internal enum LoginOutcome
{
    LoggedIn,

    /// <summary>Unknown name or wrong password (the answer does not say which).</summary>
    WrongCredentials,

    /// <summary>Too many failed logins: refused without looking at the password until the lockout ends.</summary>
    LockedOut,

    /// <summary>The right password for a disabled account.</summary>
    Disabled,
}
