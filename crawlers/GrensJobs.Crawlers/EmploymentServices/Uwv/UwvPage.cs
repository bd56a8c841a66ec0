namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

/// <summary>One page of <c>GET {url}/position-openings?page=&amp;pageSize=</c> (FORMATS-vdab-uwv.md).</summary>
internal sealed record UwvPage
{
    public IReadOnlyList<UwvPositionOpening> PositionOpenings { get; init; } = [];

    public UwvPaging? Paging { get; init; }
}
