using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Web.Mediator;

/// <summary>Accounts and sessions of the mediator area (configuration section <c>Mediator</c>).</summary>
internal sealed class MediatorOptions
{
    public const string Section = "Mediator";

    /// <summary>Failed logins in a row that lock an account.</summary>
    [Range(1, 100, ErrorMessage = "Mediator:LockoutAttempts must be a whole number from {1} to {2}.")]
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 1_440, ErrorMessage = "Mediator:LockoutMinutes must be a whole number from {1} to {2}.")]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The shortest password <c>users add</c> and <c>users reset-password</c> accept.</summary>
    [Range(8, 128, ErrorMessage = "Mediator:MinPasswordLength must be a whole number from {1} to {2}.")]
    public int MinPasswordLength { get; set; } = 12;

    /// <summary>Login attempts per minute from one client address, whatever the names tried (against guessing across accounts).</summary>
    [Range(1, 100_000, ErrorMessage = "Mediator:LoginsPerMinute must be a whole number from {1} to {2}.")]
    public int LoginsPerMinute { get; set; } = 30;

    /// <summary>How long a login lasts without a request (each request renews it).</summary>
    [Range(5, 1_440, ErrorMessage = "Mediator:SessionMinutes must be a whole number from {1} to {2}.")]
    public int SessionMinutes { get; set; } = 480;
}
