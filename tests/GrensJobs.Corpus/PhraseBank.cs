namespace GrensJobs.Corpus;

/// <summary>
/// Everything the generator writes in one posting language. Templates use composite-format placeholders:
/// intros and about texts {0} employer, {1} occupation, {2} place; tasks and profile items {0} occupation;
/// language templates {0} language name, {1} CEFR level; hours {0} min, {1} max; salaries {0} min, {1} max.
/// </summary>
internal sealed partial record PhraseBank
{
    public required string Language { get; init; }
    public required string GenderMarker { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required string UrlHost { get; init; }
    public required string UrlPath { get; init; }
    public required IReadOnlyList<string> Seniority { get; init; }
    public required IReadOnlyList<string> TitlePlaceTemplates { get; init; }
    public required IReadOnlyList<string> EmployerNames { get; init; }
    public required IReadOnlyList<string> EmployerKinds { get; init; }
    public required IReadOnlyList<string> EmployerSuffixes { get; init; }
    public required IReadOnlyList<string> Intros { get; init; }
    public required IReadOnlyList<string> TaskHeadings { get; init; }
    public required IReadOnlyList<string> Tasks { get; init; }
    public required IReadOnlyList<string> ProfileHeadings { get; init; }
    public required IReadOnlyList<string> ProfileItems { get; init; }
    public required IReadOnlyList<string> Educations { get; init; }
    public required IReadOnlyList<string> OfferHeadings { get; init; }
    public required IReadOnlyList<string> Benefits { get; init; }
    public required IReadOnlyList<string> AboutHeadings { get; init; }
    public required IReadOnlyList<string> AboutParagraphs { get; init; }
    public required IReadOnlyList<string> ApplyHeadings { get; init; }
    public required IReadOnlyList<string> ApplyParagraphs { get; init; }
    /// <summary>ISO 639-1 code → the language's name as this posting language writes it in the templates.</summary>
    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }
    public required IReadOnlyList<string> RequiredLanguageTemplates { get; init; }
    public required IReadOnlyList<string> LevelLanguageTemplates { get; init; }
    public required IReadOnlyList<string> OptionalLanguageTemplates { get; init; }
    public required IReadOnlyList<string> NegatedLanguageTemplates { get; init; }
    public required IReadOnlyList<string> FullTimeHours { get; init; }
    public required IReadOnlyList<string> PartTimeHours { get; init; }
    public required IReadOnlyList<string> PermanentContracts { get; init; }
    public required IReadOnlyList<string> TemporaryContracts { get; init; }
    public required IReadOnlyList<string> InterimContracts { get; init; }
    public required IReadOnlyList<string> MonthSalaries { get; init; }
    public required IReadOnlyList<string> HourSalaries { get; init; }
    public required IReadOnlyList<string> YearSalaries { get; init; }
    /// <summary>employmentType values as sources in this language write them (schema.org codes or local words).</summary>
    public required IReadOnlyList<string> FullTimeWords { get; init; }
    public required IReadOnlyList<string> PartTimeWords { get; init; }

    public static PhraseBank For(BorderPlace place) => (place.Country, place.Language) switch
    {
        ("BE", "nl") => Flemish,
        ("BE", "fr") => French,
        ("BE", "de") => EastBelgian,
        (_, "de") => German,
        _ => Dutch,
    };
}
