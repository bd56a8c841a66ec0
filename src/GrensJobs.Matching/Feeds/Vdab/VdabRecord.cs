namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>
/// One jobseeker of the VDAB-style feed (FORMATS-vdab.md). Only the fields the product uses are declared:
/// <c>voornaam</c>, <c>familienaam</c> and <c>contact</c> are never read.
/// </summary>
internal sealed record VdabRecord
{
    public string? WerkzoekendeId { get; init; }

    public IReadOnlyList<VdabBeroep?>? Beroepen { get; init; }

    public IReadOnlyList<string?>? Competenties { get; init; }

    public IReadOnlyList<VdabTaalkennis?>? Talenkennis { get; init; }

    public VdabAdres? Adres { get; init; }

    public VdabMobiliteit? Mobiliteit { get; init; }

    public string? Arbeidsregime { get; init; }

    public VdabUren? UrenPerWeek { get; init; }

    public string? Studieniveau { get; init; }

    public string? BeschikbaarVanaf { get; init; }
}
