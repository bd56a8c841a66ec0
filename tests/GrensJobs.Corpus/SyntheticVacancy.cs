namespace GrensJobs.Corpus;

/// <summary>One generated raw vacancy before it is written as a JSON line; null members are left out.</summary>
internal sealed record SyntheticVacancy
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Employer { get; init; }
    public required string LocationText { get; init; }
    public string? PostalCode { get; init; }
    public string? Place { get; init; }
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public required DateOnly Posted { get; init; }
    public required DateOnly ValidThrough { get; init; }
    public required string Language { get; init; }
    public IReadOnlyList<string> EmploymentType { get; init; } = [];
    public SyntheticSalary? Salary { get; init; }
    /// <summary>Salary given as a plain string field (as some feeds do) instead of an object.</summary>
    public string? SalaryText { get; init; }

    /// <summary>Not written: what the generator meant, for tests that check the normaliser recovers it.</summary>
    public required BorderPlace PlaceOfWork { get; init; }
    public required EscoOccupation Occupation { get; init; }
    /// <summary>The id of the vacancy this one re-publishes, or null for an original.</summary>
    public string? RepostOf { get; init; }
    /// <summary>Not written: whether the job is full-time, and its weekly hours.</summary>
    public bool FullTime { get; init; } = true;
    public (int Min, int Max) Hours { get; init; }
    /// <summary>Not written: the salary the description states (whether or not a structured field carries it).</summary>
    public SyntheticSalary? OfferedSalary { get; init; }
}

internal sealed record SyntheticSalary(decimal Min, decimal Max, string Period);
