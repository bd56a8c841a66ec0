using System.Text.Json.Serialization;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>A list item in either name set (documented v4 names and the newer v6/detail names).</summary>
internal sealed record JobsucheListItem
{
    [JsonPropertyName("refnr")]
    public string? Refnr { get; init; }

    [JsonPropertyName("referenznummer")]
    public string? Referenznummer { get; init; }

    [JsonPropertyName("titel")]
    public string? Titel { get; init; }

    [JsonPropertyName("stellenangebotsTitel")]
    public string? StellenangebotsTitel { get; init; }

    [JsonPropertyName("beruf")]
    public string? Beruf { get; init; }

    [JsonPropertyName("hauptberuf")]
    public string? Hauptberuf { get; init; }

    [JsonPropertyName("arbeitgeber")]
    public string? Arbeitgeber { get; init; }

    [JsonPropertyName("firma")]
    public string? Firma { get; init; }

    [JsonPropertyName("arbeitsort")]
    public JobsucheArbeitsort? Arbeitsort { get; init; }

    [JsonPropertyName("stellenlokationen")]
    public IReadOnlyList<JobsucheStellenlokation>? Stellenlokationen { get; init; }

    [JsonPropertyName("aktuelleVeroeffentlichungsdatum")]
    public string? AktuelleVeroeffentlichungsdatum { get; init; }

    [JsonPropertyName("datumErsteVeroeffentlichung")]
    public string? DatumErsteVeroeffentlichung { get; init; }

    [JsonPropertyName("veroeffentlichungszeitraum")]
    public JobsucheZeitraum? Veroeffentlichungszeitraum { get; init; }

    [JsonPropertyName("externeUrl")]
    public string? ExterneUrl { get; init; }

    [JsonPropertyName("externeURL")]
    public string? ExterneUrlUpper { get; init; }

    [JsonPropertyName("gehaltsspanneVon")]
    public decimal? GehaltsspanneVon { get; init; }

    [JsonPropertyName("gehaltsspanneBis")]
    public decimal? GehaltsspanneBis { get; init; }

    /// <summary>MONATSGEHALT, JAHRESGEHALT, STUNDENLOHN…</summary>
    [JsonPropertyName("verguetungsangabe")]
    public string? Verguetungsangabe { get; init; }

    [JsonPropertyName("arbeitszeitVollzeit")]
    public bool? ArbeitszeitVollzeit { get; init; }

    [JsonPropertyName("arbeitszeitTeilzeit")]
    public bool? ArbeitszeitTeilzeit { get; init; }

    /// <summary>BEFRISTET or UNBEFRISTET.</summary>
    [JsonPropertyName("vertragsdauer")]
    public string? Vertragsdauer { get; init; }

    [JsonIgnore]
    public string? ReferenceNumber => Refnr ?? Referenznummer;

    [JsonIgnore]
    public string? Title => Titel ?? StellenangebotsTitel ?? Beruf ?? Hauptberuf;
}
