using System.Text.Encodings.Web;
using System.Text.Json;

namespace GrensJobs.Search.Querying;

/// <summary>Writes <see cref="SearchResponse"/> as the contract's JSON, non-ASCII text as is.</summary>
public static class SearchJson
{
    public static SearchJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(SearchResponse response) => JsonSerializer.Serialize(response, Context.SearchResponse);
}
