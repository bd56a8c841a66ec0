using System.Text.Json.Serialization;

namespace GrensJobs.Core.Vacancies;

[JsonConverter(typeof(JsonStringEnumConverter<SalaryPeriod>))]
public enum SalaryPeriod
{
    [JsonStringEnumMemberName("hour")] Hour,
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("week")] Week,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("year")] Year,
}
