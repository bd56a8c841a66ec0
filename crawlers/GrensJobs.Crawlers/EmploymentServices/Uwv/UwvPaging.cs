namespace GrensJobs.Crawlers.EmploymentServices.Uwv;

internal sealed record UwvPaging
{
    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public long? TotalCount { get; init; }
}
