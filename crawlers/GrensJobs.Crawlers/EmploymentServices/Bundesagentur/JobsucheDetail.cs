using System.Text.Json.Serialization;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>The parts of <c>/pc/v4/jobdetails</c> the list lacks, in both name sets.</summary>
internal sealed record JobsucheDetail
{
    [JsonPropertyName("stellenangebotsBeschreibung")]
    public string? StellenangebotsBeschreibung { get; init; }

    [JsonPropertyName("stellenbeschreibung")]
    public string? Stellenbeschreibung { get; init; }

    /// <summary>Salary as text ("Entgeltgruppe 9 TVöD").</summary>
    [JsonPropertyName("verguetung")]
    public string? Verguetung { get; init; }

    /// <summary>VOLLZEIT, TEILZEIT, SCHICHT_NACHTARBEIT_WOCHENENDE, HEIM_TELEARBEIT, MINIJOB.</summary>
    [JsonPropertyName("arbeitszeitmodelle")]
    public IReadOnlyList<string>? Arbeitszeitmodelle { get; init; }

    /// <summary>BEFRISTET or UNBEFRISTET.</summary>
    [JsonPropertyName("befristung")]
    public string? Befristung { get; init; }

    [JsonPropertyName("vertragsdauer")]
    public string? Vertragsdauer { get; init; }

    /// <summary>The school leaving qualification asked for: HAUPTSCHULABSCHLUSS, MITTLERE_REIFE_MITTLERER_BILDUNGSABSCHLUSS…</summary>
    [JsonPropertyName("geforderterBildungsabschluss")]
    public string? GeforderterBildungsabschluss { get; init; }

    [JsonPropertyName("arbeitgeber")]
    public string? Arbeitgeber { get; init; }

    [JsonPropertyName("firma")]
    public string? Firma { get; init; }

    [JsonIgnore]
    public string? Description => StellenangebotsBeschreibung ?? Stellenbeschreibung;
}
