using System.Text.Json.Serialization;

namespace GrensJobs.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ProfileExport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
