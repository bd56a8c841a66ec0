namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>How far the jobseeker will travel (<c>maxAfstandKm</c>).</summary>
internal sealed record VdabMobiliteit
{
    public int? MaxAfstandKm { get; init; }
}
