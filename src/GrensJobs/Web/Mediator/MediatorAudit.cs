using GrensJobs.Storage.Audit;
using Microsoft.AspNetCore.Http;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// Writes the audit log for the mediator API: the logged-in account as the actor, and the caller's why from the
/// <c>reason</c> query parameter or the <c>X-Reason</c> header (at most <see cref="MaxReasonLength"/> characters kept).
/// </summary>
internal static class MediatorAudit
{
    public const string ReasonParameter = "reason";
    public const string ReasonHeader = "X-Reason";
    public const int MaxReasonLength = 500;

    /// <summary>Shortlist items read (a shortlist shown or exported), added, annotated, given an outcome, removed.</summary>
    public const string ShortlistRead = "shortlist.read";
    public const string ShortlistExport = "shortlist.export";
    public const string ShortlistAdd = "shortlist.add";
    public const string ShortlistNote = "shortlist.note";
    public const string ShortlistOutcome = "shortlist.outcome";
    public const string ShortlistRemove = "shortlist.remove";

    public static string? ReasonOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request.Query[ReasonParameter].FirstOrDefault() ?? request.Headers[ReasonHeader].FirstOrDefault();
        var reason = given?.Trim();
        return string.IsNullOrEmpty(reason) ? null : reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
    }

    /// <summary>One entry per profile named (once each, in order), by the logged-in account.</summary>
    public static Task WriteAsync(
        IAuditLog log, HttpContext http, TimeProvider time, string action, IEnumerable<string> profileIds, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(http);
        var actor = MediatorClaims.NameOf(http.User);
        var reason = ReasonOf(http.Request);
        var at = time.GetUtcNow();
        var entries = profileIds.Distinct(StringComparer.Ordinal)
            .Select(profileId => new AuditEntry(at, actor, action, profileId, reason, detail))
            .ToList();
        return entries.Count == 0 ? Task.CompletedTask : log.WriteAsync(entries, cancellationToken);
    }
}
