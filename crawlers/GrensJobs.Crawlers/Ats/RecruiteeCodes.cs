using GrensJobs.Core.Vacancies;

namespace GrensJobs.Crawlers.Ats;

/// <summary>
/// Recruitee's coded fields. <c>employment_type_code</c> is the working time and the contract kind in one code:
/// | code                                            | contract       | hours (no min/max_hours given) |
/// |-------------------------------------------------|----------------|--------------------------------|
/// | <c>fulltime_permanent</c>                       | permanent      | 32–40 (the full-time band)     |
/// | <c>fulltime_fixed_term</c>, <c>fulltime_temporary</c> | temporary | 32–40                          |
/// | <c>fulltime</c>                                 | —              | 32–40                          |
/// | <c>parttime_permanent</c>                       | permanent      | —                              |
/// | <c>parttime_fixed_term</c>, <c>parttime_temporary</c> | temporary | —                              |
/// | <c>parttime</c>                                 | —              | —                              |
/// | <c>freelance</c>, <c>contractor</c>             | freelance      | —                              |
/// | <c>internship</c>                               | internship     | —                              |
/// | <c>apprenticeship</c>                           | apprenticeship | —                              |
/// | <c>temporary</c>, <c>seasonal</c>               | temporary      | —                              |
/// | <c>volunteer</c>, <c>other</c>                  | other          | —                              |
/// <c>min_hours</c>/<c>max_hours</c> (per week) win over the band when they are plausible (1–60, min ≤ max).
/// <c>education_code</c> → EQF level, by the table of the text extractor (NLQF/DQR referenced to the EQF):
/// <c>high_school</c> 4, <c>vocational</c> 3 (mbo without a level), <c>associate_degree</c> 5,
/// <c>bachelor_degree</c> 6, <c>master_degree</c> 7, <c>doctorate_degree</c> 8; <c>unspecified</c>,
/// <c>some_college</c>, <c>professional</c>, <c>certification</c> and unknown codes state no level.
/// </summary>
internal static class RecruiteeCodes
{
    /// <summary>Full time without stated hours: the hours facet's full-time band.</summary>
    public static HoursRange FullTimeBand { get; } = new(32, 40);

    private const decimal MaxWeeklyHours = 60;

    public static ContractType? Contract(string? employmentType) => Parts(employmentType).Kind switch
    {
        "permanent" => ContractType.Permanent,
        "fixed_term" or "temporary" or "seasonal" => ContractType.Temporary,
        "freelance" or "contractor" => ContractType.Freelance,
        "internship" => ContractType.Internship,
        "apprenticeship" => ContractType.Apprenticeship,
        "volunteer" or "other" => ContractType.Other,
        _ => null,
    };

    /// <summary>The weekly hours: min/max_hours when plausible, else the full-time band for a full-time code.</summary>
    public static HoursRange? Hours(string? employmentType, decimal? minHours, decimal? maxHours)
    {
        var min = minHours ?? maxHours;
        var max = maxHours ?? minHours;
        if (min is >= 1 and <= MaxWeeklyHours && max is >= 1 and <= MaxWeeklyHours && min <= max)
        {
            return new HoursRange(min, max);
        }

        return Parts(employmentType).FullTime ? FullTimeBand : null;
    }

    public static Education? Education(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "high_school" => new Education(4),
        "vocational" => new Education(3),
        "associate_degree" => new Education(5),
        "bachelor_degree" => new Education(6),
        "master_degree" => new Education(7),
        "doctorate_degree" or "doctorate" => new Education(8),
        _ => null,
    };

    /// <summary>"fulltime_fixed_term" → (full time, "fixed_term"); "freelance" → (false, "freelance").</summary>
    private static (bool FullTime, string? Kind) Parts(string? code)
    {
        var value = code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return (false, null);
        }

        foreach (var (prefix, fullTime) in new[] { ("fulltime", true), ("parttime", false) })
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = value[prefix.Length..].TrimStart('_');
                return (fullTime, rest.Length == 0 ? null : rest);
            }
        }

        return (false, value);
    }
}
