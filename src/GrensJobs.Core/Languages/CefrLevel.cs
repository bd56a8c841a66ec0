using System.Text.Json.Serialization;

namespace GrensJobs.Core.Languages;

/// <summary>A Common European Framework of Reference level, ordered from lowest to highest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CefrLevel>))]
public enum CefrLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
