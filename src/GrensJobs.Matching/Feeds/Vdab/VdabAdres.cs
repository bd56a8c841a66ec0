namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>Where the jobseeker lives. A street or house number, if a service sends one, is not read.</summary>
internal sealed record VdabAdres
{
    public string? Postcode { get; init; }

    public string? Gemeente { get; init; }

    public string? Land { get; init; }
}
