using Refit;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>The Bundesagentur-style OAuth2 token endpoint (client credentials).</summary>
[Headers("Accept: application/json")]
internal interface IBaTokenApi
{
    /// <summary>A token for the form <c>client_id</c>, <c>client_secret</c>, <c>grant_type=client_credentials</c>.</summary>
    [Post("/oauth/gettoken_cc")]
    Task<IApiResponse<BaToken>> TokenAsync(
        [Body(BodySerializationMethod.UrlEncoded)] IDictionary<string, string> form, CancellationToken cancellationToken);
}
