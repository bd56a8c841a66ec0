using System.Text.Json.Serialization;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>One list page: v4 <c>stellenangebote</c> or v6 <c>ergebnisliste</c>, with <c>maxErgebnisse</c>.</summary>
internal sealed record JobsucheSearchResponse
{
    [JsonPropertyName("stellenangebote")]
    public IReadOnlyList<JobsucheListItem>? Stellenangebote { get; init; }

    [JsonPropertyName("ergebnisliste")]
    public IReadOnlyList<JobsucheListItem>? Ergebnisliste { get; init; }

    /// <summary>Results of the whole query (a string in the documented schema, a number in practice).</summary>
    [JsonPropertyName("maxErgebnisse")]
    public long? MaxErgebnisse { get; init; }

    [JsonIgnore]
    public IReadOnlyList<JobsucheListItem> Items => Stellenangebote ?? Ergebnisliste ?? [];
}
