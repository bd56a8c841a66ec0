using System.Text.Json.Serialization;

namespace GrensJobs.Core.Vacancies;

[JsonConverter(typeof(JsonStringEnumConverter<ContractType>))]
public enum ContractType
{
    [JsonStringEnumMemberName("permanent")] Permanent,
    [JsonStringEnumMemberName("temporary")] Temporary,
    [JsonStringEnumMemberName("interim")] Interim,
    [JsonStringEnumMemberName("freelance")] Freelance,
    [JsonStringEnumMemberName("internship")] Internship,
    [JsonStringEnumMemberName("apprenticeship")] Apprenticeship,
    [JsonStringEnumMemberName("other")] Other,
}
