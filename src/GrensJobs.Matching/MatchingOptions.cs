using System.ComponentModel.DataAnnotations;

namespace GrensJobs.Matching;

/// <summary>
/// How matches are scored (section <c>Matching</c>). The score is the occupation factor times the weighted mean of the
/// other factors, placed in the upper half of 0–1 without a blocker and in the lower half with one — so a vacancy with a
/// blocker never outranks one without (on equal occupation or any other).
/// </summary>
public sealed class MatchingOptions : IValidatableObject
{
    public const string Section = "Matching";

    [Range(0, 10)] public double SkillsWeight { get; set; } = 1;

    [Range(0, 10)] public double LanguagesWeight { get; set; } = 2;

    [Range(0, 10)] public double DistanceWeight { get; set; } = 2;

    [Range(0, 10)] public double HoursWeight { get; set; } = 1;

    [Range(0, 10)] public double EducationWeight { get; set; } = 1;

    [Range(0, 10)] public double AvailabilityWeight { get; set; } = 0.5;

    /// <summary>The commute radius of a profile that states none.</summary>
    [Range(1, 300)] public int DefaultMaxCommuteKm { get; set; } = 30;

    /// <summary>
    /// How far past its commute radius a vacancy is still shown (with a distance blocker), as a multiple of the
    /// radius; beyond it a vacancy is no match at all.
    /// </summary>
    [Range(1, 5)] public double DistanceLimitFactor { get; set; } = 1.5;

    /// <summary>Hours a vacancy may lie outside the profile's range before that is a blocker.</summary>
    [Range(0, 40)] public double HoursToleranceHours { get; set; } = 4;

    /// <summary>Occupation factor of a vacancy in the same ISCO-08 unit group (4 digits) as a desired occupation but another concept.</summary>
    [Range(0, 1)] public double SameUnitGroupScore { get; set; } = 0.75;

    /// <summary>Occupation factor of a concept that shares a label with a desired one.</summary>
    [Range(0, 1)] public double SharedLabelScore { get; set; } = 0.85;

    /// <summary>Occupation factor of a vacancy in the same ISCO-08 minor group (3 digits) only.</summary>
    [Range(0, 1)] public double SameMinorGroupScore { get; set; } = 0.4;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SkillsWeight + LanguagesWeight + DistanceWeight + HoursWeight + EducationWeight + AvailabilityWeight <= 0)
        {
            yield return new ValidationResult(
                "At least one of the Matching weights must be above 0.",
                [nameof(SkillsWeight), nameof(LanguagesWeight), nameof(DistanceWeight)]);
        }

        if (!(SameMinorGroupScore <= SameUnitGroupScore && SameUnitGroupScore <= 1))
        {
            yield return new ValidationResult(
                "Matching:SameMinorGroupScore must not exceed Matching:SameUnitGroupScore.",
                [nameof(SameMinorGroupScore), nameof(SameUnitGroupScore)]);
        }
    }
}
