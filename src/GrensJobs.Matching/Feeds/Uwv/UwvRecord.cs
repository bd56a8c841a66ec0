namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>
/// One jobseeker profile of the UWV-style feed (FORMATS-uwv.md). Only the fields the product uses are declared: the
/// feed's <c>naam</c>, <c>email</c>, <c>telefoon</c> and <c>geboortedatum</c> are never read.
/// </summary>
internal sealed record UwvRecord
{
    public string? ProfielId { get; init; }

    public IReadOnlyList<UwvBeroep?>? GewensteBeroepen { get; init; }

    public IReadOnlyList<string?>? Vaardigheden { get; init; }

    public IReadOnlyList<UwvTaal?>? Talen { get; init; }

    public UwvWoonplaats? Woonplaats { get; init; }

    public int? MaxReisafstandKm { get; init; }

    public UwvUren? UrenPerWeek { get; init; }

    public string? Opleidingsniveau { get; init; }

    public string? BeschikbaarPer { get; init; }
}
