namespace GrensJobs.Storage.Audit;

/// <summary>The audit log's action names.</summary>
public static class AuditActions
{
    public const string Import = "profile.import";
    public const string Read = "profile.read";
    public const string List = "profile.list";
    public const string Export = "profile.export";
    public const string Purge = "profile.purge";
    public const string RetentionPurge = "profile.purge-retention";
    public const string MatchProfile = "match.profile";
    public const string MatchVacancy = "match.vacancy";
}
