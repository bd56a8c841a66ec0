namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>How far the applicant will travel (<c>umkreisKm</c>).</summary>
internal sealed record BaMobilitaet
{
    public int? UmkreisKm { get; init; }
}
