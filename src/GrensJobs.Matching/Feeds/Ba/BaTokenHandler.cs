using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>
/// OAuth2 client credentials for the Bundesagentur-style feed: sends the cached bearer token, and on a 401 fetches a
/// new token and sends the request once more. Sits outside the resilience handler, so its retry is not a retry of
/// retries; the token endpoint has its own client and resilience handler.
/// </summary>
internal sealed class BaTokenHandler(
    BaTokenCache cache, IBaTokenApi tokens, IOptions<BaFeedOptions> options, ILogger<BaTokenHandler> logger) : DelegatingHandler
{
    private const string RefusedHint = "check ProfileFeeds:Ba:ClientId and ProfileFeeds:Ba:ClientSecret";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var margin = options.Value.TokenRenewalMargin;
        var token = await cache.GetAsync(FetchAsync, margin, refused: null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        FeedLog.TokenRefused(logger, BaProfileFeed.DisplayName, request.RequestUri);
        var fresh = await cache.GetAsync(FetchAsync, margin, refused: token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = FeedProgress.Url(settings.BaseUrl, "oauth/gettoken_cc");
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
            ["grant_type"] = "client_credentials",
        };
        var answer = await FeedResponses.SendAsync(BaProfileFeed.DisplayName, url, token => tokens.TokenAsync(form, token),
            settings.MaxRetryAttempts, RefusedHint, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(answer.AccessToken))
        {
            throw new ProfileFeedException(BaProfileFeed.DisplayName, url, "the token endpoint's answer has no \"access_token\"");
        }

        if (answer.TokenType is { } type && !type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new ProfileFeedException(BaProfileFeed.DisplayName, url,
                $"the token endpoint gave a token of type \"{JsonRecords.Truncate(type)}\"; only Bearer tokens are supported");
        }

        var seconds = answer.ExpiresIn is { } expiresIn && expiresIn > 0 ? expiresIn : 300;
        FeedLog.TokenFetched(logger, BaProfileFeed.DisplayName, seconds);
        return (answer.AccessToken, TimeSpan.FromSeconds(seconds));
    }
}
