namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>
/// One applicant of the Bundesagentur-style feed (FORMATS-ba.md). Only the fields the product uses are declared:
/// <c>vorname</c>, <c>nachname</c> and <c>kontakt</c> are never read.
/// </summary>
internal sealed record BaRecord
{
    public string? Refnr { get; init; }

    public IReadOnlyList<BaBeruf?>? Berufe { get; init; }

    public IReadOnlyList<string?>? Kenntnisse { get; init; }

    public IReadOnlyList<BaSprachkenntnis?>? Sprachkenntnisse { get; init; }

    public BaWohnort? Wohnort { get; init; }

    public BaMobilitaet? Mobilitaet { get; init; }

    public BaArbeitszeit? Arbeitszeit { get; init; }

    public string? Bildungsabschluss { get; init; }

    public string? VerfuegbarAb { get; init; }
}
