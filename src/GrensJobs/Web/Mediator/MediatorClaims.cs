using System.Globalization;
using System.Security.Claims;
using GrensJobs.Storage.Users;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GrensJobs.Web.Mediator;

/// <summary>What a session's cookie carries: the account's id, name, role and security stamp (never the password).</summary>
internal static class MediatorClaims
{
    public const string UserId = "grensjobs:uid";
    public const string SecurityStamp = "grensjobs:stamp";

    public static ClaimsPrincipal For(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(UserId, account.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.Name),
                new Claim(ClaimTypes.Role, UserRoles.Name(account.Role)),
                new Claim(SecurityStamp, account.SecurityStamp),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The logged-in account's id (the endpoints run only for logged-in callers).</summary>
    public static long IdOf(ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(UserId) ?? throw new InvalidOperationException("The session has no account id."), CultureInfo.InvariantCulture);

    public static string NameOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("The session has no account name.");
}
