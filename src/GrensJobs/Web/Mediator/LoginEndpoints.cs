using System.Globalization;
using GrensJobs.Storage.Users;
using GrensJobs.Web.Mediator.Dtos;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// <c>POST login</c> (name + password → the session cookie), <c>POST logout</c> and <c>GET me</c>. A wrong name and a
/// wrong password get the same 401; a locked account 423 saying until when; the right password of a disabled account 403.
/// </summary>
internal static class LoginEndpoints
{
    public static RouteGroupBuilder MapLogin(this RouteGroupBuilder group)
    {
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(MediatorSetup.LoginPolicy);
        group.MapPost("/logout", LogoutAsync).RequireAuthorization(MediatorPolicies.Account);
        group.MapGet("/me", Me).RequireAuthorization(MediatorPolicies.Account);
        return group;
    }

    public static async Task<Results<Ok<AccountDto>, ProblemHttpResult>> LoginAsync(
        LoginRequest? body, HttpContext http, MediatorLogin login, CancellationToken cancellationToken)
    {
        if (body?.Name is null || body.Password is null)
        {
            return MediatorProblems.BadRequest(http, MediatorTexts.BadLogin);
        }

        var result = await login.CheckAsync(body.Name, body.Password, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case LoginOutcome.LoggedIn:
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, MediatorClaims.For(result.Account!)).ConfigureAwait(false);
                return TypedResults.Ok(AccountDto.ToDto(result.Account!));
            case LoginOutcome.LockedOut:
                return MediatorProblems.Of(http, StatusCodes.Status423Locked, MediatorTexts.Locked,
                    result.LockedUntil!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            case LoginOutcome.Disabled:
                return MediatorProblems.Of(http, StatusCodes.Status403Forbidden, MediatorTexts.Disabled);
            default:
                return MediatorProblems.Of(http, StatusCodes.Status401Unauthorized, MediatorTexts.LoginFailed);
        }
    }

    /// <summary>Ends the session: the cookie is removed, and a copy of it kept elsewhere no longer works (nor do the account's other sessions).</summary>
    public static async Task<NoContent> LogoutAsync(HttpContext http, IUserStore users, CancellationToken cancellationToken)
    {
        await users.EndSessionsAsync(MediatorClaims.NameOf(http.User), cancellationToken).ConfigureAwait(false);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    public static Ok<AccountDto> Me(HttpContext http) =>
        TypedResults.Ok(new AccountDto(MediatorClaims.NameOf(http.User), http.User.IsInRole(UserRoles.Admin) ? UserRoles.Admin : UserRoles.Mediator));
}
