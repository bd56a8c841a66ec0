using System.Text.Json.Serialization;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>The OAuth2 token endpoint's answer.</summary>
internal sealed record BaToken
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }
}
