namespace GrensJobs.Crawlers.EmploymentServices.Vdab;

/// <summary>A VDAB-style vacature (field names in Dutch, FORMATS-vdab-uwv.md).</summary>
internal sealed record VdabVacature
{
    public string? Vacaturenummer { get; init; }

    /// <summary>OPEN (or absent), INGEVULD, AFGESLOTEN, GEANNULEERD.</summary>
    public string? Status { get; init; }

    public VdabFunctie? Functie { get; init; }

    public VdabWerkgever? Werkgever { get; init; }

    public VdabPlaats? Tewerkstellingsplaats { get; init; }

    public string? Omschrijving { get; init; }

    public VdabProfiel? Profiel { get; init; }

    /// <summary>voltijds or deeltijds.</summary>
    public string? Arbeidsregime { get; init; }

    /// <summary>vast, tijdelijk, interim, studentenjob, flexi-job, zelfstandige.</summary>
    public string? Contracttype { get; init; }

    public string? Publicatiedatum { get; init; }

    public string? Einddatum { get; init; }

    public VdabLoon? Loon { get; init; }

    public string? Url { get; init; }

    /// <summary>ISO 639-1 language of the posting (nl when absent).</summary>
    public string? Taal { get; init; }
}
