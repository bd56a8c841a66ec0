namespace GrensJobs.Web.Mediator;

/// <summary>
/// The authorization policies of the mediator area. A mediator works with profiles, matches and shortlists; an admin
/// reads the audit log and nothing personal besides (least privilege: an admin account is not a mediator account).
/// </summary>
internal static class MediatorPolicies
{
    public const string Mediator = "mediator";
    public const string Admin = "admin";

    /// <summary>Any logged-in account, either role (placement counts, who am I, logout).</summary>
    public const string Account = "account";
}
