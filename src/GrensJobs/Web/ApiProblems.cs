using GrensJobs.Search.Querying;
using GrensJobs.Search.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Web;

/// <summary>
/// Every error of the API as RFC 9457 ProblemDetails in the caller's language: the words of the status (404, 405,
/// 413, 414, 429, 500, 503), a search that ran out of time (503 saying what to change); a problem that already
/// says what is wrong (a refused search) keeps its words. Never an exception's message or type.
/// </summary>
internal static class ApiProblems
{
    public static int StatusOf(Exception exception) =>
        exception is SearchTimeoutException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    public static void Customize(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var language = ProblemLanguage.Of(http.Request);
        http.Response.Headers.ContentLanguage = language;
        if (context.Exception is SearchTimeoutException timeout)
        {
            problem.Status = StatusCodes.Status503ServiceUnavailable;
            problem.Title = SearchMessages.TimeoutTitle(language);
            problem.Detail = SearchMessages.Timeout(timeout.Budget, language);
            problem.Extensions["timeBudgetMs"] = (long)timeout.Budget.TotalMilliseconds;
            WebLog.SearchTimedOut(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems)),
                (long)timeout.Budget.TotalMilliseconds, http.Request.QueryString.Value?.Length ?? 0);
        }
        else if (problem.Detail is null
                 && ProblemTexts.For(problem.Status ?? http.Response.StatusCode, language, http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value) is { } texts)
        {
            problem.Title = texts.Title;
            problem.Detail = texts.Detail;
        }

        problem.Extensions.Remove("exception");
    }
}
