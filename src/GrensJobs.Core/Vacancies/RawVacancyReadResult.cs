namespace GrensJobs.Core.Vacancies;

/// <summary>
/// Either a vacancy or the reason the line is bad; with the warnings about what was dropped or replaced on the way
/// (a <c>javascript:</c> URL, an unknown language code).
/// </summary>
public readonly record struct RawVacancyReadResult(RawVacancy? Vacancy, string? Error, IReadOnlyList<string> Warnings)
{
    public static RawVacancyReadResult Ok(RawVacancy vacancy, IReadOnlyList<string> warnings) => new(vacancy, null, warnings);

    public static RawVacancyReadResult Fail(string error) => new(null, error, []);
}
