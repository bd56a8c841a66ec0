using GrensJobs.Core.Profiles;
using GrensJobs.Core.Text;
using GrensJobs.Search.Candidates;

namespace GrensJobs.Matching.Scoring;

/// <summary>
/// Scores one profile against one vacancy: each factor of the breakdown in 0–1, the reasons a mediator reads, and
/// the blockers (what stands in the way as the vacancy is advertised). The score is the occupation factor times the
/// weighted mean of the others, placed in the upper half of 0–1 without a blocker and in the lower half with one.
/// </summary>
internal sealed class MatchScorer(MatchingOptions options)
{
    private const int AvailableSoonDays = 14;

    public MatchScore Score(
        NormalisedProfile profile, DesiredOccupations desired, VacancyCandidate vacancy, double? distanceKm, MatchTexts texts, DateOnly today)
    {
        var reasons = new List<string>();
        var blockers = new List<string>();
        var occupation = Occupation(desired, vacancy, texts, reasons);
        var distance = Distance(profile, vacancy, distanceKm, texts, reasons, blockers);
        var languages = Languages(profile.Profile, vacancy, texts, reasons, blockers);
        var hours = Hours(profile.Profile, vacancy, texts, reasons, blockers);
        var skills = Skills(profile.Profile, vacancy, texts, reasons);
        var education = Education(profile.Profile, vacancy, texts, reasons, blockers);
        var availability = Availability(profile.Profile, today, texts, reasons);

        var weights = options.SkillsWeight + options.LanguagesWeight + options.DistanceWeight + options.HoursWeight
                      + options.EducationWeight + options.AvailabilityWeight;
        var rest = ((options.SkillsWeight * skills) + (options.LanguagesWeight * languages) + (options.DistanceWeight * distance)
                    + (options.HoursWeight * hours) + (options.EducationWeight * education) + (options.AvailabilityWeight * availability)) / weights;
        // Feasible first: without a blocker a match lies in the upper half, with one in the lower half, and within each
        // half the occupation's closeness weighs the rest — so a blocked vacancy never outranks one without a blocker.
        var score = blockers.Count == 0 ? 0.5 + (0.5 * occupation * rest) : 0.49 * occupation * rest;
        return new MatchScore(
            score,
            new MatchBreakdown(Round(occupation), Round(skills), Round(languages), Round(distance), Round(hours), Round(education), Round(availability)),
            reasons,
            blockers);
    }

    private static double Round(double value) => Math.Round(value, 3);

    private static double Occupation(DesiredOccupations desired, VacancyCandidate vacancy, MatchTexts texts, List<string> reasons)
    {
        var fit = desired.Fit(vacancy.Esco, vacancy.Isco);
        var label = Label(vacancy.OccupationLabels, texts) ?? vacancy.Title;
        switch (fit.Relation)
        {
            case OccupationRelation.Same or OccupationRelation.AskedGroup:
                reasons.Add(texts.Format(texts.SameOccupation, label));
                break;
            case OccupationRelation.None:
                break;
            default:
                reasons.Add(texts.Format(texts.RelatedOccupation, label, Label(fit.Desired!.Label, texts) ?? fit.Desired.Isco));
                break;
        }

        return fit.Score;
    }

    private double Distance(
        NormalisedProfile profile, VacancyCandidate vacancy, double? distanceKm, MatchTexts texts, List<string> reasons, List<string> blockers)
    {
        if (profile.Home is { } home && vacancy.Country is { } country && !string.Equals(country, home.Country, StringComparison.Ordinal))
        {
            reasons.Add(texts.Format(texts.AbroadWork, texts.Country(country)));
        }

        if (distanceKm is not { } km || profile.Home is null)
        {
            return 0.5;
        }

        var radius = (double)(profile.Profile.MaxCommuteKm ?? options.DefaultMaxCommuteKm);
        var place = profile.Home.Place ?? profile.Home.Country;
        if (km <= radius)
        {
            reasons.Add(texts.Format(texts.Distance, texts.Km(km), place));
            return 1 - (0.5 * km / Math.Max(radius, 1));
        }

        blockers.Add(texts.Format(texts.TooFar, texts.Km(km), place, texts.Km(radius)));
        return Math.Max(0, 0.5 * (1 - ((km - radius) / Math.Max(radius, 1))));
    }

    private static double Languages(JobseekerProfile profile, VacancyCandidate vacancy, MatchTexts texts, List<string> reasons, List<string> blockers)
    {
        var factor = 1.0;
        foreach (var requirement in vacancy.Languages)
        {
            var skill = profile.Languages.FirstOrDefault(s => string.Equals(s.Language, requirement.Language, StringComparison.Ordinal));
            var name = texts.Language(requirement.Language);
            if (!requirement.Required)
            {
                if (skill is not null)
                {
                    reasons.Add(texts.Format(texts.OptionalLanguage, name, skill.Level));
                }

                continue;
            }

            if (skill is null)
            {
                blockers.Add(texts.Format(texts.LanguageMissing, name));
                factor = 0;
            }
            else if (requirement.Level is { } needed && skill.Level < needed)
            {
                blockers.Add(texts.Format(texts.LanguageShort, name, needed, skill.Level));
                factor = Math.Min(factor, Math.Max(0, 1 - (0.3 * (needed - skill.Level))));
            }
            else if (requirement.Level is { } asked)
            {
                reasons.Add(texts.Format(texts.LanguageMet, name, skill.Level, asked));
            }
            else
            {
                reasons.Add(texts.Format(texts.LanguageMetAnyLevel, name, skill.Level));
            }
        }

        return factor;
    }

    private double Hours(JobseekerProfile profile, VacancyCandidate vacancy, MatchTexts texts, List<string> reasons, List<string> blockers)
    {
        if (profile.HoursPerWeek is not { } wanted || vacancy.Hours is not { } offered)
        {
            return 1;
        }

        var wantedMin = (double)(wanted.Min ?? wanted.Max ?? 0);
        var wantedMax = (double)(wanted.Max ?? 80);
        var offeredMin = (double)(offered.Min ?? offered.Max ?? 0);
        var offeredMax = (double)(offered.Max ?? offered.Min ?? 80);
        var gap = Math.Max(0, Math.Max(offeredMin - wantedMax, wantedMin - offeredMax));
        var offeredText = texts.HoursText(offered.Min, offered.Max);
        if (gap == 0)
        {
            reasons.Add(texts.Format(texts.HoursFit, offeredText));
            return 1;
        }

        if (gap <= options.HoursToleranceHours)
        {
            return 1 - (0.5 * gap / Math.Max(options.HoursToleranceHours, 1));
        }

        blockers.Add(texts.Format(texts.HoursOff, offeredText, texts.HoursText(wanted.Min, wanted.Max)));
        return Math.Max(0, 0.5 - (gap / 40));
    }

    private static double Skills(JobseekerProfile profile, VacancyCandidate vacancy, MatchTexts texts, List<string> reasons)
    {
        if (profile.Skills.Count == 0)
        {
            return 0.5;
        }

        var text = " " + TextFolding.Fold(vacancy.Title + " " + vacancy.Text) + " ";
        var found = profile.Skills.Where(skill => Mentions(text, skill)).ToList();
        if (found.Count > 0)
        {
            reasons.Add(texts.Format(texts.Skills, string.Join(", ", found)));
        }

        return (double)found.Count / profile.Skills.Count;
    }

    /// <summary>Whether at least half of a skill's words (3 letters or more, compared on their first six) occur in the folded text.</summary>
    private static bool Mentions(string foldedText, string skill)
    {
        var words = TextFolding.Fold(skill).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var hits = words.Count(word => foldedText.Contains(word.Length > 6 ? word[..6] : word, StringComparison.Ordinal));
        return hits * 2 >= words.Count;
    }

    private static double Education(JobseekerProfile profile, VacancyCandidate vacancy, MatchTexts texts, List<string> reasons, List<string> blockers)
    {
        if (vacancy.Eqf is not { } asked || profile.Education is not { } education)
        {
            return 1;
        }

        if (education.Eqf >= asked)
        {
            reasons.Add(texts.Format(texts.EducationFit, asked));
            return 1;
        }

        var text = texts.Format(texts.EducationShort, asked, education.Eqf);
        if (asked - education.Eqf == 1)
        {
            reasons.Add(text);
            return 0.6;
        }

        blockers.Add(text);
        return 0.2;
    }

    private static double Availability(JobseekerProfile profile, DateOnly today, MatchTexts texts, List<string> reasons)
    {
        if (profile.AvailableFrom is not { } from || from.DayNumber - today.DayNumber <= AvailableSoonDays)
        {
            return 1;
        }

        reasons.Add(texts.Format(texts.AvailableFrom, texts.Date(from)));
        return Math.Max(0.2, 1 - ((from.DayNumber - today.DayNumber) / 180.0));
    }

    private static string? Label(IReadOnlyDictionary<string, string>? labels, MatchTexts texts)
    {
        if (labels is null || labels.Count == 0)
        {
            return null;
        }

        return labels.GetValueOrDefault(texts.Culture.TwoLetterISOLanguageName) ?? labels.GetValueOrDefault("en") ?? labels.Values.First();
    }
}
