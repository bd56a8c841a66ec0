using GrensJobs.Core.Vacancies;

namespace GrensJobs.Search.Candidates;

/// <summary>What the matcher needs of an indexed open vacancy, read from the index's columns and display record.</summary>
public sealed record VacancyCandidate
{
    public required string Source { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Employer { get; init; }

    public string? Url { get; init; }

    public string? Place { get; init; }

    public string? Country { get; init; }

    /// <summary>Every country of the vacancy's places.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Every Euregio of the vacancy's places.</summary>
    public IReadOnlyList<string> Euregios { get; init; } = [];

    public DateOnly? Posted { get; init; }

    public string? Esco { get; init; }

    public string? Isco { get; init; }

    public IReadOnlyDictionary<string, string>? OccupationLabels { get; init; }

    public IReadOnlyList<CandidateRequirement> Languages { get; init; } = [];

    /// <summary>Great-circle distance from the query's home to the nearest place; null without either.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>The nearest place's coordinates (for distances measured later); null when it has none.</summary>
    public (double Lat, double Lon)? Coordinates { get; init; }

    public HoursRange? Hours { get; init; }

    /// <summary>The EQF level the vacancy asks for; null when it states none.</summary>
    public int? Eqf { get; init; }

    /// <summary>The start of its plain text (for skills).</summary>
    public string? Text { get; init; }

    public string Key => Source + "/" + Id;
}
