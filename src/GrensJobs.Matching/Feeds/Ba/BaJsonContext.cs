using System.Text.Json.Serialization;

namespace GrensJobs.Matching.Feeds.Ba;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BaRecord))]
[JsonSerializable(typeof(BaPage))]
[JsonSerializable(typeof(BaToken))]
internal sealed partial class BaJsonContext : JsonSerializerContext;
