using System.Security.Claims;
using GrensJobs.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// The API's answers instead of the cookie handler's redirects: 401 without a valid session, 403 for the wrong role
/// (the status code pages give the ProblemDetails body). Each request checks that the account still exists, is not
/// disabled and has the security stamp of the login: a disable or a password reset ends its sessions at once.
/// </summary>
internal sealed class MediatorCookieEvents : CookieAuthenticationEvents
{
    public MediatorCookieEvents()
    {
        OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        OnRedirectToLogout = context => Answer(context, StatusCodes.Status204NoContent);
        OnRedirectToReturnUrl = context => Answer(context, StatusCodes.Status204NoContent);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirstValue(MediatorClaims.SecurityStamp);
        var account = name is null
            ? null
            : await context.HttpContext.RequestServices.GetRequiredService<IUserStore>().GetAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null || account.Disabled || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
