using GrensJobs.Storage.Users;

namespace GrensJobs.Web.Mediator.Dtos;

/// <summary>The logged-in account: its name and role.</summary>
internal sealed record AccountDto(string Name, string Role)
{
    public static AccountDto ToDto(UserAccount account) => new(account.Name, UserRoles.Name(account.Role));
}
