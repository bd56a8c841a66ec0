using System.Runtime.CompilerServices;
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

    /// <summary>Each vacancy's title and text folded once, however many profiles are scored against it.</summary>
    private static readonly ConditionalWeakTable<VacancyCandidate, string> FoldedTexts = [];

    /// <param name="texts">The language to word reasons and blockers in; null to rank only (nothing worded, blockers counted).</param>
    /// <param name="textUnread">
    /// The vacancy's text is not read yet: the skills factor is taken at its upper bound (1), so the score is an upper
    /// bound of the real one — everything else is exact.
    /// </param>
    public MatchScore Score(
        NormalisedProfile profile, DesiredOccupations desired, VacancyCandidate vacancy, double? distanceKm, MatchTexts? texts, DateOnly today,
        bool textUnread = false)
    {
        var notes = new MatchNotes(texts);
        var occupation = Occupation(desired, vacancy, notes);
        var distance = Distance(profile, vacancy, distanceKm, notes);
        var languages = Languages(profile.Profile, vacancy, notes);
        var hours = Hours(profile.Profile, vacancy, notes);
        var skills = textUnread && profile.Profile.Skills.Count > 0 ? 1 : Skills(profile.Profile, vacancy, notes);
        var education = Education(profile.Profile, vacancy, notes);
        var availability = Availability(profile.Profile, today, notes);

        var weights = options.SkillsWeight + options.LanguagesWeight + options.DistanceWeight + options.HoursWeight
                      + options.EducationWeight + options.AvailabilityWeight;
        var rest = ((options.SkillsWeight * skills) + (options.LanguagesWeight * languages) + (options.DistanceWeight * distance)
                    + (options.HoursWeight * hours) + (options.EducationWeight * education) + (options.AvailabilityWeight * availability)) / weights;
        // Feasible first: without a blocker a match lies in the upper half, with one in the lower half, and within each
        // half the occupation's closeness weighs the rest — so a blocked vacancy never outranks one without a blocker.
        var score = notes.BlockerCount == 0 ? 0.5 + (0.5 * occupation * rest) : 0.49 * occupation * rest;
        return new MatchScore(
            score,
            new MatchBreakdown(Round(occupation), Round(skills), Round(languages), Round(distance), Round(hours), Round(education), Round(availability)),
            notes.Reasons,
            notes.Blockers,
            notes.BlockerCount);
    }

    /// <summary>The profile's commute radius: its own, else <see cref="MatchingOptions.DefaultMaxCommuteKm"/>.</summary>
    public double CommuteRadiusKm(NormalisedProfile profile) => profile.Profile.MaxCommuteKm ?? options.DefaultMaxCommuteKm;

    /// <summary>
    /// Whether the person could take the vacancy as advertised, by the rules of <see cref="Score"/>: an occupation
    /// factor above 0, the vacancy within the commute radius, and no language blocker. Hours, education and
    /// availability blockers are left to the mediator (they are often negotiable).
    /// </summary>
    public bool IsFeasible(NormalisedProfile profile, DesiredOccupations desired, VacancyCandidate vacancy, double? distanceKm) =>
        desired.Fit(vacancy.Esco, vacancy.Isco).Score > 0
        && distanceKm is { } km && km <= CommuteRadiusKm(profile)
        && SpeaksEnough(profile.Profile, vacancy);

    /// <summary>Whether the profile meets every required language of the vacancy (no language blocker).</summary>
    public static bool SpeaksEnough(JobseekerProfile profile, VacancyCandidate vacancy) =>
        vacancy.Languages.All(requirement => Assess(requirement, SkillFor(profile, requirement)) is not (LanguageFit.Missing or LanguageFit.Short));

    private static double Round(double value) => Math.Round(value, 3);

    private static double Occupation(DesiredOccupations desired, VacancyCandidate vacancy, MatchNotes notes)
    {
        var fit = desired.Fit(vacancy.Esco, vacancy.Isco);
        switch (fit.Relation)
        {
            case OccupationRelation.Same or OccupationRelation.AskedGroup:
                notes.Reason(texts => texts.Format(texts.SameOccupation, Label(vacancy.OccupationLabels, texts) ?? vacancy.Title));
                break;
            case OccupationRelation.None:
                break;
            default:
                notes.Reason(texts => texts.Format(
                    texts.RelatedOccupation, Label(vacancy.OccupationLabels, texts) ?? vacancy.Title, Label(fit.Desired!.Label, texts) ?? fit.Desired.Isco));
                break;
        }

        return fit.Score;
    }

    private double Distance(NormalisedProfile profile, VacancyCandidate vacancy, double? distanceKm, MatchNotes notes)
    {
        if (profile.Home is { } home && vacancy.Country is { } country && !string.Equals(country, home.Country, StringComparison.Ordinal))
        {
            notes.Reason(texts => texts.Format(texts.AbroadWork, texts.Country(country)));
        }

        if (distanceKm is not { } km || profile.Home is null)
        {
            return 0.5;
        }

        var radius = CommuteRadiusKm(profile);
        var place = profile.Home.Place ?? profile.Home.Country;
        if (km <= radius)
        {
            notes.Reason(texts => texts.Format(texts.Distance, texts.Km(km), place));
            return 1 - (0.5 * km / Math.Max(radius, 1));
        }

        notes.Blocker(texts => texts.Format(texts.TooFar, texts.Km(km), place, texts.Km(radius)));
        return Math.Max(0, 0.5 * (1 - ((km - radius) / Math.Max(radius, 1))));
    }

    private static double Languages(JobseekerProfile profile, VacancyCandidate vacancy, MatchNotes notes)
    {
        var factor = 1.0;
        foreach (var requirement in vacancy.Languages)
        {
            var skill = SkillFor(profile, requirement);
            switch (Assess(requirement, skill))
            {
                case LanguageFit.Optional when skill is not null:
                    notes.Reason(texts => texts.Format(texts.OptionalLanguage, texts.Language(requirement.Language), skill.Level));
                    break;
                case LanguageFit.Missing:
                    notes.Blocker(texts => texts.Format(texts.LanguageMissing, texts.Language(requirement.Language)));
                    factor = 0;
                    break;
                case LanguageFit.Short:
                    var needed = requirement.Level!.Value;
                    notes.Blocker(texts => texts.Format(texts.LanguageShort, texts.Language(requirement.Language), needed, skill!.Level));
                    factor = Math.Min(factor, Math.Max(0, 1 - (0.3 * (needed - skill!.Level))));
                    break;
                case LanguageFit.Met:
                    notes.Reason(texts => texts.Format(texts.LanguageMet, texts.Language(requirement.Language), skill!.Level, requirement.Level!.Value));
                    break;
                case LanguageFit.MetAnyLevel:
                    notes.Reason(texts => texts.Format(texts.LanguageMetAnyLevel, texts.Language(requirement.Language), skill!.Level));
                    break;
            }
        }

        return factor;
    }

    private static LanguageSkill? SkillFor(JobseekerProfile profile, CandidateRequirement requirement) =>
        profile.Languages.FirstOrDefault(s => string.Equals(s.Language, requirement.Language, StringComparison.Ordinal));

    private static LanguageFit Assess(CandidateRequirement requirement, LanguageSkill? skill) => requirement switch
    {
        { Required: false } => LanguageFit.Optional,
        _ when skill is null => LanguageFit.Missing,
        { Level: { } needed } when skill.Level < needed => LanguageFit.Short,
        { Level: not null } => LanguageFit.Met,
        _ => LanguageFit.MetAnyLevel,
    };

    private double Hours(JobseekerProfile profile, VacancyCandidate vacancy, MatchNotes notes)
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
        if (gap == 0)
        {
            notes.Reason(texts => texts.Format(texts.HoursFit, texts.HoursText(offered.Min, offered.Max)));
            return 1;
        }

        if (gap <= options.HoursToleranceHours)
        {
            return 1 - (0.5 * gap / Math.Max(options.HoursToleranceHours, 1));
        }

        notes.Blocker(texts => texts.Format(texts.HoursOff, texts.HoursText(offered.Min, offered.Max), texts.HoursText(wanted.Min, wanted.Max)));
        return Math.Max(0, 0.5 - (gap / 40));
    }

    private static double Skills(JobseekerProfile profile, VacancyCandidate vacancy, MatchNotes notes)
    {
        if (profile.Skills.Count == 0)
        {
            return 0.5;
        }

        var text = FoldedTexts.GetValue(vacancy, v => " " + TextFolding.Fold(v.Title + " " + v.Text) + " ");
        var found = profile.Skills.Where(skill => Mentions(text, skill)).ToList();
        if (found.Count > 0)
        {
            notes.Reason(texts => texts.Format(texts.Skills, string.Join(", ", found)));
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

    private static double Education(JobseekerProfile profile, VacancyCandidate vacancy, MatchNotes notes)
    {
        if (vacancy.Eqf is not { } asked || profile.Education is not { } education)
        {
            return 1;
        }

        if (education.Eqf >= asked)
        {
            notes.Reason(texts => texts.Format(texts.EducationFit, asked));
            return 1;
        }

        if (asked - education.Eqf == 1)
        {
            notes.Reason(texts => texts.Format(texts.EducationShort, asked, education.Eqf));
            return 0.6;
        }

        notes.Blocker(texts => texts.Format(texts.EducationShort, asked, education.Eqf));
        return 0.2;
    }

    private static double Availability(JobseekerProfile profile, DateOnly today, MatchNotes notes)
    {
        if (profile.AvailableFrom is not { } from || from.DayNumber - today.DayNumber <= AvailableSoonDays)
        {
            return 1;
        }

        notes.Reason(texts => texts.Format(texts.AvailableFrom, texts.Date(from)));
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
