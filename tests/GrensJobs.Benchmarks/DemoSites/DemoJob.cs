using GrensJobs.Corpus;

namespace GrensJobs.Benchmarks.DemoSites;

/// <summary>One vacancy as a demo site publishes it: corpus text adapted to the site's employer, place and dates.</summary>
internal sealed record DemoJob
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string DescriptionHtml { get; init; }
    public required string Employer { get; init; }
    public required string Place { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required double Lat { get; init; }
    public required double Lon { get; init; }
    public required string Nuts3 { get; init; }
    public required string Language { get; init; }
    public required string Isco { get; init; }
    public required bool FullTime { get; init; }
    public required int HoursMin { get; init; }
    public required int HoursMax { get; init; }
    public CorpusSalary? Salary { get; init; }
    public required DateOnly Posted { get; init; }
    public required DateOnly ValidThrough { get; init; }

    /// <summary>schema.org employmentType code.</summary>
    public string EmploymentType => FullTime ? "FULL_TIME" : "PART_TIME";
}
