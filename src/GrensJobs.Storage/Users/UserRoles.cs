namespace GrensJobs.Storage.Users;

/// <summary>The role names as the store, the command line and the login's claims write them.</summary>
public static class UserRoles
{
    public const string Mediator = "mediator";
    public const string Admin = "admin";

    public static string Name(UserRole role) => role switch
    {
        UserRole.Mediator => Mediator,
        UserRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>The role named <paramref name="text"/> (<c>mediator</c> or <c>admin</c>, any case); null for anything else.</summary>
    public static UserRole? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        Mediator => UserRole.Mediator,
        Admin => UserRole.Admin,
        _ => null,
    };
}
