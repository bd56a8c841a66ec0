namespace GrensJobs.Core.Vacancies;

/// <summary>Working hours per week.</summary>
public sealed record HoursRange(decimal? Min, decimal? Max);
