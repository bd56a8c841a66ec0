using System.Text.Json.Serialization;

namespace GrensJobs.Search.Indexing;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IndexedHit))]
internal sealed partial class IndexJsonContext : JsonSerializerContext;
