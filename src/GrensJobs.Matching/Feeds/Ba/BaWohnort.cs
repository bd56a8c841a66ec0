namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>Where the applicant lives. A street, if a service sends one, is not read.</summary>
internal sealed record BaWohnort
{
    public string? Plz { get; init; }

    public string? Ort { get; init; }

    public string? Land { get; init; }
}
