using GrensJobs.Cli;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// The mediator area's registration: its validated options (for the <c>users</c> verbs and the host), cookie login with
/// role policies for the web host, and its endpoints under <see cref="Prefix"/>.
/// </summary>
internal static class MediatorSetup
{
    public const string Prefix = "/api/v1/mediator";

    /// <summary>The rate-limiting policy of the login: <see cref="MediatorOptions.LoginsPerMinute"/> per client address.</summary>
    public const string LoginPolicy = "mediator-login";

    /// <summary>The options of the accounts (section <c>Mediator</c>), validated with their messages in words.</summary>
    public static IServiceCollection AddMediatorAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediatorOptions>().Bind(configuration.GetSection(MediatorOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MediatorOptions>, OptionsInWordsValidation<MediatorOptions>>();
        return services;
    }

    /// <summary>
    /// Cookie login (HttpOnly, SameSite=Strict, sliding <see cref="MediatorOptions.SessionMinutes"/>), the key ring in
    /// <c>DATA/keys</c> so sessions survive a restart, and the policies <c>mediator</c>, <c>admin</c> and <c>account</c>
    /// (either role). API callers get 401/403 ProblemDetails, never a redirect.
    /// </summary>
    public static WebApplicationBuilder AddMediator(this WebApplicationBuilder builder, string dataDirectory)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName("GrensJobs")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<MediatorOptions>>((cookie, mediator) =>
            {
                cookie.Cookie.Name = "grensjobs.mediator";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.Path = Prefix;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(mediator.Value.SessionMinutes);
                cookie.SlidingExpiration = true;
                cookie.Events = new MediatorCookieEvents();
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(MediatorPolicies.Mediator, policy => policy.RequireAuthenticatedUser().RequireRole(Storage.Users.UserRoles.Mediator))
            .AddPolicy(MediatorPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Storage.Users.UserRoles.Admin))
            .AddPolicy(MediatorPolicies.Account, policy => policy.RequireAuthenticatedUser());
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<MediatorOptions>>((limiter, mediator) =>
        {
            limiter.AddPolicy(LoginPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = mediator.Value.LoginsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = LoginLimit.RejectedAsync;
        });
        builder.Services.AddSingleton<MediatorLogin>();
        builder.Services.AddSingleton<ShortlistCsv>();
        return builder;
    }
}
