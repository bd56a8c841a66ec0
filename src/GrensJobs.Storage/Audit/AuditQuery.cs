namespace GrensJobs.Storage.Audit;

public sealed record AuditQuery(string? ProfileId = null, string? Actor = null, int Limit = 100);
