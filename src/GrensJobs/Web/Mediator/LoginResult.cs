using GrensJobs.Storage.Users;

namespace GrensJobs.Web.Mediator;

/// <summary>The outcome of a login, with the account when it succeeded and the end of a lockout when there is one.</summary>
internal sealed record LoginResult(LoginOutcome Outcome, UserAccount? Account = null, DateTimeOffset? LockedUntil = null);
