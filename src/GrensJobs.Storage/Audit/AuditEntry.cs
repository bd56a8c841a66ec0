namespace GrensJobs.Storage.Audit;

/// <summary>One access: when, by whom (<c>cli:anna</c> or a mediator's user name), what (<see cref="AuditActions"/>), which profile, why.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Actor,
    string Action,
    string? ProfileId,
    string? Reason = null,
    string? Detail = null);
