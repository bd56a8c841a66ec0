using GrensJobs.Core.Vacancies;

namespace GrensJobs.Crawlers.EmploymentServices.Bundesagentur;

/// <summary>
/// The detail's <c>geforderterBildungsabschluss</c> (the school leaving qualification asked for) as an EQF level, by
/// the DQR as the text extractor places it:
/// | value                                                                                   | EQF |
/// |-----------------------------------------------------------------------------------------|-----|
/// | <c>HAUPTSCHULABSCHLUSS</c>, <c>BERUFSREIFE</c>                                          | 2   |
/// | <c>MITTLERE_REIFE_MITTLERER_BILDUNGSABSCHLUSS</c>, <c>MITTLERE_REIFE</c>, <c>REALSCHULABSCHLUSS</c>, <c>FACHOBERSCHULREIFE</c> | 3 |
/// | <c>FACHHOCHSCHULREIFE</c>, <c>ABITUR_HOCHSCHULREIFE</c>, <c>ABITUR</c>, <c>ALLGEMEINE_HOCHSCHULREIFE</c> | 4 |
/// <c>KEIN_SCHULABSCHLUSS</c>, <c>KEINE_ANGABE</c>, an empty value or one not listed state no level (null): the text
/// may still name one.
/// </summary>
internal static class JobsucheEducation
{
    private static readonly Dictionary<string, int> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HAUPTSCHULABSCHLUSS"] = 2,
        ["BERUFSREIFE"] = 2,
        ["MITTLERE_REIFE_MITTLERER_BILDUNGSABSCHLUSS"] = 3,
        ["MITTLERE_REIFE"] = 3,
        ["REALSCHULABSCHLUSS"] = 3,
        ["FACHOBERSCHULREIFE"] = 3,
        ["FACHHOCHSCHULREIFE"] = 4,
        ["ABITUR_HOCHSCHULREIFE"] = 4,
        ["ABITUR"] = 4,
        ["ALLGEMEINE_HOCHSCHULREIFE"] = 4,
    };

    public static Education? Of(string? geforderterBildungsabschluss) =>
        geforderterBildungsabschluss is { } value && Levels.TryGetValue(value.Trim(), out var eqf) ? new Education(eqf) : null;
}
