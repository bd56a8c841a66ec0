using GrensJobs.Core.Languages;
using GrensJobs.Core.Occupations;
using GrensJobs.Core.Places;

namespace GrensJobs.Core.Vacancies;

/// <summary>The normalised vacancy of CONTRACTS.md: what <c>normalise</c> prints and what the store keeps.</summary>
public sealed record Vacancy
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    public string? Employer { get; init; }
    public string? Language { get; init; }
    public string Text { get; init; } = "";
    public OccupationMatch? Occupation { get; init; }
    public IReadOnlyList<LanguageRequirement> Languages { get; init; } = [];
    public VacancyLocation? Location { get; init; }
    public IReadOnlyList<VacancyLocation> Locations { get; init; } = [];
    public HoursRange? Hours { get; init; }
    public ContractType? Contract { get; init; }
    public RemoteMode? Remote { get; init; }
    public Education? Education { get; init; }
    public Salary? Salary { get; init; }
    /// <summary>Countries (of NL, DE, BE) where the occupation is a regulated profession.</summary>
    public IReadOnlyList<string> Regulated { get; init; } = [];
    public DateOnly? Posted { get; init; }
    public DateOnly? ValidThrough { get; init; }
}
