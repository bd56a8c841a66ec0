using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrensJobs.Web.Mediator;

/// <summary>The mediator area's problems as RFC 9457 ProblemDetails in the caller's language (<see cref="MediatorTexts"/>).</summary>
internal static class MediatorProblems
{
    public static ProblemHttpResult Of(HttpContext http, int status, string key, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (title, detail) = MediatorTexts.For(key, ProblemLanguage.Of(http.Request), values);
        return TypedResults.Problem(statusCode: status, title: title, detail: detail);
    }

    public static ProblemHttpResult NotFound(HttpContext http, string key, params object?[] values) =>
        Of(http, StatusCodes.Status404NotFound, key, values);

    public static ProblemHttpResult BadRequest(HttpContext http, string key, params object?[] values) =>
        Of(http, StatusCodes.Status400BadRequest, key, values);
}
