using System.Text.Json.Serialization;

namespace GrensJobs.Matching.Opportunity;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OpportunityTableDto))]
internal sealed partial class OpportunityJsonContext : JsonSerializerContext;
