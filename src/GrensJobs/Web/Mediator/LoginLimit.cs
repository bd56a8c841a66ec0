using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace GrensJobs.Web.Mediator;

/// <summary>
/// The words of a login refused by the rate limit (429): too many attempts from this address, try again in a minute.
/// Other refusals (the search's concurrency limit) keep the status code pages' own 429 words.
/// </summary>
internal static class LoginLimit
{
    public static async ValueTask RejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments(MediatorSetup.Prefix, StringComparison.Ordinal))
        {
            http.Response.Headers.RetryAfter = "60";
            var (title, detail) = MediatorTexts.For(MediatorTexts.TooManyLogins, ProblemLanguage.Of(http.Request));
            await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: title, detail: detail).ExecuteAsync(http).ConfigureAwait(false);
        }
    }
}
