using System.Text.Json.Serialization;

namespace GrensJobs.Search.Indexing;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IndexHolder))]
internal sealed partial class IndexHolderJsonContext : JsonSerializerContext;
