namespace GrensJobs.Core.Vacancies;

/// <summary>Either a vacancy or the reason the line is bad.</summary>
public readonly record struct RawVacancyReadResult(RawVacancy? Vacancy, string? Error)
{
    public static RawVacancyReadResult Ok(RawVacancy vacancy) => new(vacancy, null);

    public static RawVacancyReadResult Fail(string error) => new(null, error);
}
