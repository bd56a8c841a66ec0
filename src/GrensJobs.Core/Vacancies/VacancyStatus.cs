using System.Text.Json.Serialization;

namespace GrensJobs.Core.Vacancies;

[JsonConverter(typeof(JsonStringEnumConverter<VacancyStatus>))]
public enum VacancyStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("expired")] Expired,
}
