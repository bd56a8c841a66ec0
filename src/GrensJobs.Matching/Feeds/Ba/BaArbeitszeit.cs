namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>Full time, part time, or explicit hours a week (which win).</summary>
internal sealed record BaArbeitszeit
{
    public bool? Vollzeit { get; init; }

    public bool? Teilzeit { get; init; }

    public decimal? StundenMin { get; init; }

    public decimal? StundenMax { get; init; }
}
