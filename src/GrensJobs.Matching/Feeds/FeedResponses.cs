using System.Globalization;
using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace GrensJobs.Matching.Feeds;

/// <summary>
/// Sends one request of a profile feed through its Refit client and gives back the body, or throws a
/// <see cref="ProfileFeedException"/> that says in words what went wrong — never a .NET type name.
/// </summary>
internal static class FeedResponses
{
    /// <param name="feed">The feed's display name (UWV, Bundesagentur, VDAB).</param>
    /// <param name="url">The URL asked for, for the message.</param>
    /// <param name="send">The Refit call.</param>
    /// <param name="retries">How many retries the resilience handler made before giving up on a failing status.</param>
    /// <param name="refusedHint">What to check when the feed answers 401 or 403.</param>
    public static async Task<T> SendAsync<T>(
        string feed, Uri url, Func<CancellationToken, Task<IApiResponse<T>>> send, int retries, string refusedHint,
        CancellationToken cancellationToken)
    {
        IApiResponse<T> response;
        try
        {
            response = await send(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ProfileFeedException)
        {
            throw;
        }
        catch (Exception ex) when (Transport(ex) is { } cause)
        {
            throw new ProfileFeedException(feed, url, cause, ex);
        }

        using (response)
        {
            if (response.StatusCode is null)
            {
                var error = (Exception?)response.Error?.InnerException ?? response.Error;
                if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }

                if (error is ProfileFeedException failed)
                {
                    throw failed;
                }

                throw new ProfileFeedException(feed, url, (error is null ? null : Transport(error)) ?? "no answer", error);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new ProfileFeedException(feed, url, Status(response.StatusCode.Value, response.ReasonPhrase, retries, refusedHint));
            }

            if (response.Error is { } unreadable)
            {
                throw new ProfileFeedException(feed, url, Malformed(unreadable.InnerException as JsonException ?? (Exception)unreadable), unreadable);
            }

            return response.Content ?? throw new ProfileFeedException(feed, url, "the answer is empty (JSON null)");
        }
    }

    /// <summary>A page that parsed but lacks what every page of the feed has.</summary>
    public static ProfileFeedException Shapeless(string feed, Uri url, string list) =>
        new(feed, url, $"the page has no \"{list}\" list; it is not a {feed} profile page");

    private static string Status(HttpStatusCode status, string? reason, int retries, string refusedHint)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {reason}").TrimEnd();
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"{code}: the feed refused the credentials; {refusedHint}",
            HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError =>
                string.Create(CultureInfo.InvariantCulture, $"{code}, still after {retries} retries; try again later"),
            HttpStatusCode.NotFound => $"{code}: no feed at this address; check the base URL",
            _ => code,
        };
    }

    private static string Malformed(Exception error) => error switch
    {
        JsonException json when json.Message.Contains("could not be converted", StringComparison.Ordinal) =>
            $"the page is not in the feed's format: \"{json.Path?.TrimStart('$', '.')}\" has the wrong type",
        JsonException json => string.Create(CultureInfo.InvariantCulture,
            $"the page is not valid JSON ({JsonRecords.WithoutPath(json.Message)}; line {json.LineNumber + 1}, byte {json.BytePositionInLine})"),
        _ => "the page could not be read as JSON",
    };

    /// <summary>What a failure to get an answer at all means, or null for failures that are not about the transport.</summary>
    private static string? Transport(Exception error) => error switch
    {
        HttpRequestException http => $"could not be reached ({http.Message})",
        TimeoutRejectedException timeout => string.Create(CultureInfo.InvariantCulture,
            $"no answer within {timeout.Timeout.TotalSeconds:0.###} s"),
        BrokenCircuitException => "too many failures in a row; requests are held back for a while, try again later",
        TaskCanceledException => "no answer in time",
        ApiException api when api.InnerException is { } inner => Transport(inner),
        _ => null,
    };
}
