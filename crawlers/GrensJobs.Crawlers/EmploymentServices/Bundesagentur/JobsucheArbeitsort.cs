using System.Text.Json.Serialization;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>v4 <c>arbeitsort</c> (list) and an element of <c>arbeitsorte</c> (documented detail).</summary>
internal sealed record JobsucheArbeitsort
{
    [JsonPropertyName("plz")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Plz { get; init; }

    [JsonPropertyName("ort")]
    public string? Ort { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("land")]
    public string? Land { get; init; }

    [JsonPropertyName("koordinaten")]
    public JobsucheKoordinaten? Koordinaten { get; init; }
}
