using System.Threading.RateLimiting;
using GrensJobs.Cli;
using GrensJobs.Web.Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Web;

/// <summary>
/// The web host of <c>serve</c>, built the same way for the command and for tests (in process, on a test server):
/// configuration, logging, the product's services and the API with its limits and ProblemDetails errors. The caller
/// adds what it owns (the index, the schedule) before <c>Build()</c>, then calls <see cref="UseApi"/>.
/// </summary>
internal static class GrensJobsWebHost
{
    /// <summary>The name of the concurrency policy of <c>/api/search</c>.</summary>
    public const string SearchPolicy = "search";

    /// <summary>Kestrel's own request-line and header limits: far above <see cref="ApiOptions"/>, so the app answers first.</summary>
    private const int KestrelRequestLineBytes = 64 * 1024;

    public static WebApplicationBuilder CreateBuilder(string dataDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables(AppServices.EnvironmentPrefix);
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddProduct(builder.Configuration, dataDirectory);
        builder.AddApi();
        builder.AddMediator(dataDirectory);
        return builder;
    }

    /// <summary>The API's limits, ProblemDetails in the caller's language and the search's concurrency limit.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ApiProblems.Customize);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((limiter, api) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddConcurrencyLimiter(SearchPolicy, concurrency =>
            {
                concurrency.PermitLimit = api.Value.MaxConcurrentSearches;
                concurrency.QueueLimit = api.Value.SearchQueueLength;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = KestrelRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * KestrelRequestLineBytes;
        });
        return builder;
    }

    /// <summary>The middleware in order (errors outermost) and the endpoints.</summary>
    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ApiProblems.StatusOf, SuppressDiagnosticsCallback = context => context.Exception is Search.Querying.SearchTimeoutException });
        app.UseStatusCodePages();
        app.UseMiddleware<RequestSizeLimits>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapApi();
        app.MapMediatorApi();
        return app;
    }
}
