using System.Text.Json.Serialization;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

internal sealed record JobsucheZeitraum
{
    [JsonPropertyName("von")]
    public string? Von { get; init; }

    [JsonPropertyName("bis")]
    public string? Bis { get; init; }
}
