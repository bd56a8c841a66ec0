using System.Text.Json.Serialization;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>v6 / newer detail <c>stellenlokationen[]</c>: an address and <c>breite</c>/<c>laenge</c>.</summary>
internal sealed record JobsucheStellenlokation
{
    [JsonPropertyName("adresse")]
    public JobsucheArbeitsort? Adresse { get; init; }

    [JsonPropertyName("breite")]
    public double? Breite { get; init; }

    [JsonPropertyName("laenge")]
    public double? Laenge { get; init; }
}
