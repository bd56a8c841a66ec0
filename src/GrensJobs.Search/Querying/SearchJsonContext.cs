using System.Text.Json.Serialization;

namespace GrensJobs.Search.Querying;

/// <summary>Source-generated JSON for <see cref="SearchResponse"/>: camelCase, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SearchResponse))]
public sealed partial class SearchJsonContext : JsonSerializerContext;
