namespace GrensJobs.Storage.Audit;

/// <summary>
/// Who read or changed which profile, when and why: written for every access to a profile (the command line
/// records the operating-system user and the verb, the mediator API the signed-in user). Never holds profile data.
/// </summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>The newest entries first, optionally for one profile or one actor.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken);
}
