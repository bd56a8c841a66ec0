namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>A desired occupation: its Competent code and description, in Dutch or French (<c>taal</c>).</summary>
internal sealed record VdabBeroep
{
    public string? CompetentCode { get; init; }

    public string? Omschrijving { get; init; }

    public string? Taal { get; init; }
}
