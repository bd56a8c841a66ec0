using System.Text.Json.Serialization;

namespace GrensJobs.Matching.Feeds.Uwv;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(UwvRecord))]
[JsonSerializable(typeof(UwvPage))]
internal sealed partial class UwvJsonContext : JsonSerializerContext;
