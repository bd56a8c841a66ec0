namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>Explicit hours a week; they win over <c>arbeidsregime</c>.</summary>
internal sealed record VdabUren
{
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }
}
