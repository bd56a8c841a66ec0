using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using GrensJobs.Crawlers.Web;
using Refit;

namespace GrensJobs.Crawlers.EmploymentServices;

/// <summary>What the employment-service feeds' Refit clients share: JSON settings, base address, error unwrapping.</summary>
internal static class RefitFeed
{
    /// <summary>Web JSON conventions (names in any case); numbers sent as strings are read too.</summary>
    public static RefitSettings Web { get; } = new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    }));

    /// <summary>
    /// Names exactly as written (the Bundesagentur's old and new names differ only in case: <c>externeUrl</c>,
    /// <c>externeURL</c>); numbers sent as strings are read too.
    /// </summary>
    public static RefitSettings ExactNames { get; } = new(new SystemTextJsonContentSerializer(new JsonSerializerOptions
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    }));

    /// <summary>A Refit client over the run's fetcher (same pipeline, same page count) for the feed at <paramref name="url"/>.</summary>
    public static (HttpClient Http, T Api) Create<T>(IPageFetcher fetcher, Uri url, RefitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(url);
        var http = fetcher.CreateClient(new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/'), UriKind.Absolute));
        return (http, RestService.For<T>(http, settings));
    }

    /// <summary>
    /// Sends through Refit and gives back its response; what the pipeline threw instead of answering (the page cap,
    /// cancellation, a failed connection), which Refit wraps, is thrown again — it is not data.
    /// </summary>
    public static async Task<T> SendAsync<T>(Func<Task<T>> send, Uri url)
        where T : IApiResponse
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            var response = await send().ConfigureAwait(false);
            if (response.StatusCode is null && response.Error?.InnerException is { } cause)
            {
                response.Dispose();
                if (cause is HttpRequestException)
                {
                    throw new FetchFailedException(response.Error.Uri ?? url, cause.Message, cause);
                }

                ExceptionDispatchInfo.Capture(cause).Throw();
            }

            return response;
        }
        catch (HttpRequestException exception)
        {
            throw new FetchFailedException(url, exception.Message, exception);
        }
    }

    /// <summary>The status of a failed response for messages: <c>HTTP 503 Service Unavailable</c>.</summary>
    public static string Status(IApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode is { } status
            ? $"HTTP {(int)status} {response.ReasonPhrase}"
            : response.Error?.Message ?? "no response";
    }
}
