using System.Text.Json.Serialization;

namespace GrensJobs.Core.Vacancies;

[JsonConverter(typeof(JsonStringEnumConverter<RemoteMode>))]
public enum RemoteMode
{
    [JsonStringEnumMemberName("onsite")] Onsite,
    [JsonStringEnumMemberName("hybrid")] Hybrid,
    [JsonStringEnumMemberName("remote")] Remote,
}
