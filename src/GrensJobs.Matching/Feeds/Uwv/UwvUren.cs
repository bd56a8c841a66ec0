namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>Hours a week the jobseeker wants to work.</summary>
internal sealed record UwvUren
{
    public decimal? Minimaal { get; init; }

    public decimal? Maximaal { get; init; }
}
