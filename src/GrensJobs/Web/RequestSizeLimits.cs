using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GrensJobs.Web;

/// <summary>
/// Answers a URL beyond <see cref="ApiOptions.MaxUrlCharacters"/> with 414 and a body beyond
/// <see cref="ApiOptions.MaxBodyBytes"/> with 413, before anything reads them; the status code pages give the
/// ProblemDetails body.
/// </summary>
internal sealed class RequestSizeLimits(RequestDelegate next, IOptions<ApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(target)
            ? (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0)
            : target.Length;
        if (length > limits.MaxUrlCharacters)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        if (request.ContentLength > limits.MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.Headers.Connection = "close";
            return Task.CompletedTask;
        }

        return next(context);
    }
}
