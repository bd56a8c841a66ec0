namespace GrensJobs.Core.Vacancies;

/// <summary>
/// A vacancy as a source gives it (the input of <c>normalise</c> and <c>import</c>, and what every crawler adapter
/// produces). Only <see cref="Title"/> is required.
/// </summary>
public sealed record RawVacancy
{
    public string? Id { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    /// <summary>HTML or plain text.</summary>
    public string? Description { get; init; }
    public string? Employer { get; init; }
    public RawLocation? Location { get; init; }
    public IReadOnlyList<RawLocation> Locations { get; init; } = [];
    public DateOnly? Posted { get; init; }
    public DateOnly? ValidThrough { get; init; }
    /// <summary>ISO 639-1 code of the posting's language, when the source states it.</summary>
    public string? Language { get; init; }
    /// <summary>schema.org employmentType values or free text ("FULL_TIME", "Vollzeit", "CDI").</summary>
    public IReadOnlyList<string> EmploymentType { get; init; } = [];
    public RawSalary? Salary { get; init; }
    /// <summary>On-site, hybrid or remote when the source says so in a field (ATS flags, schema.org TELECOMMUTE).</summary>
    public RemoteMode? Remote { get; init; }
    /// <summary>Weekly working hours when the source states them in fields (Recruitee's min/max hours); wins over the text.</summary>
    public HoursRange? Hours { get; init; }
    /// <summary>The contract when the source states it in a field (Recruitee's employment type code); wins over the text.</summary>
    public ContractType? Contract { get; init; }
    /// <summary>The required education when the source states it as a code (mapped to an EQF level); wins over the text.</summary>
    public Education? Education { get; init; }
}

public sealed record RawLocation
{
    public string? Text { get; init; }
    public string? PostalCode { get; init; }
    public string? Place { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
}

public sealed record RawSalary
{
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public string? Currency { get; init; }
    /// <summary>hour, day, week, month or year (schema.org unitText values such as "MONTH" are accepted too).</summary>
    public string? Period { get; init; }
    /// <summary>A salary written as text ("€ 2.900 - € 3.400 bruto per maand").</summary>
    public string? Text { get; init; }
}
