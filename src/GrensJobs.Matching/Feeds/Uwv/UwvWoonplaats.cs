namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>Where the jobseeker lives. A street or house number, if a service sends one, is not read.</summary>
internal sealed record UwvWoonplaats
{
    public string? Postcode { get; init; }

    public string? Plaatsnaam { get; init; }

    public string? Landcode { get; init; }
}
