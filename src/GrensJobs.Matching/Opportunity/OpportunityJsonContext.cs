using System.Text.Json.Serialization;

namespace GrensJobs.Matching.Opportunity;

[JsonSerializable(typeof(OpportunityTableDto))]
internal sealed partial class OpportunityJsonContext : JsonSerializerContext;
