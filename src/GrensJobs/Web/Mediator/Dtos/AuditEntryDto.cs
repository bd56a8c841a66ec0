using GrensJobs.Storage.Audit;

namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>One line of the audit log: when, who, what, which profile, why.</summary>
internal sealed record AuditEntryDto(DateTimeOffset At, string Actor, string Action, string? ProfileId, string? Reason, string? Detail)
{
    public static AuditEntryDto ToDto(AuditEntry entry) =>
        new(entry.At, entry.Actor, entry.Action, entry.ProfileId, entry.Reason, entry.Detail);
}
