namespace GrensJobs.Storage.Users;

/// <summary>What an account may do: a mediator works with profiles, matches and shortlists; an admin reads the audit log.</summary>
public enum UserRole
{
    Mediator,
    Admin,
}
