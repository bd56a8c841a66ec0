using System.Text.Json.Serialization;

namespace GrensJobs.Matching.Feeds.Vdab;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VdabRecord))]
[JsonSerializable(typeof(VdabPage))]
internal sealed partial class VdabJsonContext : JsonSerializerContext;
