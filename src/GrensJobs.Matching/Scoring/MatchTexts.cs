using System.Globalization;
using GrensJobs.Core.Languages;

namespace GrensJobs.Matching.Scoring;

/// <summary>
/// The reasons and blockers of a match, worded in the mediator's language (nl, de, fr, en; anything else: English).
/// One record of templates per language; numbers and dates in that language's culture.
/// </summary>
internal sealed record MatchTexts
{
    // Before the table: static fields initialise in text order.
    private static readonly string[] LanguageCodes = ["nl", "de", "fr", "en", "lb", "pl", "tr", "ar", "es", "it", "pt", "ro"];
    private static readonly string[] CountryCodes = ["NL", "DE", "BE", "LU", "FR"];

    private static readonly Dictionary<string, MatchTexts> ByLanguage = new(StringComparer.Ordinal)
    {
        ["nl"] = new()
        {
            Culture = CultureInfo.GetCultureInfo("nl-NL"),
            SameOccupation = "zelfde beroep ({0})",
            RelatedOccupation = "verwant beroep: {0} (gezocht: {1})",
            Distance = "{0} km van {1}",
            AbroadWork = "werk over de grens in {0}",
            LanguageMet = "spreekt {0} {1} (gevraagd: {2})",
            LanguageMetAnyLevel = "spreekt {0} {1} (gevraagd)",
            OptionalLanguage = "{0} is een pluspunt en het profiel heeft {1}",
            HoursFit = "uren passen ({0} per week)",
            Skills = "vaardigheden: {0}",
            EducationFit = "opleidingsniveau past (EQF {0})",
            AvailableFrom = "beschikbaar vanaf {0}",
            LanguageShort = "vraagt {0} {1}; profiel heeft {2}",
            LanguageMissing = "vraagt {0}; profiel spreekt geen {0}",
            TooFar = "{0} km van {1}; maximaal {2} km reizen",
            HoursOff = "{0} uur per week; profiel wil {1}",
            EducationShort = "vraagt opleidingsniveau EQF {0}; profiel heeft EQF {1}",
            AnyLevel = "elk niveau",
            Languages = Names("Nederlands", "Duits", "Frans", "Engels", "Luxemburgs", "Pools", "Turks", "Arabisch", "Spaans", "Italiaans", "Portugees", "Roemeens"),
            Countries = CountryNames("Nederland", "Duitsland", "België", "Luxemburg", "Frankrijk"),
        },
        ["de"] = new()
        {
            Culture = CultureInfo.GetCultureInfo("de-DE"),
            SameOccupation = "gleicher Beruf ({0})",
            RelatedOccupation = "verwandter Beruf: {0} (gesucht: {1})",
            Distance = "{0} km von {1}",
            AbroadWork = "Arbeit jenseits der Grenze in {0}",
            LanguageMet = "spricht {0} {1} (gefordert: {2})",
            LanguageMetAnyLevel = "spricht {0} {1} (gefordert)",
            OptionalLanguage = "{0} ist von Vorteil und das Profil hat {1}",
            HoursFit = "Arbeitszeit passt ({0} pro Woche)",
            Skills = "Kenntnisse: {0}",
            EducationFit = "Bildungsniveau passt (EQF {0})",
            AvailableFrom = "verfügbar ab {0}",
            LanguageShort = "verlangt {0} {1}; Profil hat {2}",
            LanguageMissing = "verlangt {0}; Profil spricht kein {0}",
            TooFar = "{0} km von {1}; höchstens {2} km Arbeitsweg",
            HoursOff = "{0} Stunden pro Woche; Profil möchte {1}",
            EducationShort = "verlangt Bildungsniveau EQF {0}; Profil hat EQF {1}",
            AnyLevel = "jedes Niveau",
            Languages = Names("Niederländisch", "Deutsch", "Französisch", "Englisch", "Luxemburgisch", "Polnisch", "Türkisch", "Arabisch", "Spanisch", "Italienisch", "Portugiesisch", "Rumänisch"),
            Countries = CountryNames("den Niederlanden", "Deutschland", "Belgien", "Luxemburg", "Frankreich"),
        },
        ["fr"] = new()
        {
            Culture = CultureInfo.GetCultureInfo("fr-BE"),
            SameOccupation = "même métier ({0})",
            RelatedOccupation = "métier proche : {0} (recherché : {1})",
            Distance = "à {0} km de {1}",
            AbroadWork = "travail de l'autre côté de la frontière : {0}",
            LanguageMet = "parle {0} {1} (demandé : {2})",
            LanguageMetAnyLevel = "parle {0} {1} (demandé)",
            OptionalLanguage = "{0} est un atout et le profil a {1}",
            HoursFit = "horaire compatible ({0} par semaine)",
            Skills = "compétences : {0}",
            EducationFit = "niveau d'études adapté (CEC {0})",
            AvailableFrom = "disponible à partir du {0}",
            LanguageShort = "demande {0} {1} ; le profil a {2}",
            LanguageMissing = "demande {0} ; le profil ne parle pas {0}",
            TooFar = "à {0} km de {1} ; trajet de {2} km au plus",
            HoursOff = "{0} h par semaine ; le profil souhaite {1}",
            EducationShort = "demande le niveau CEC {0} ; le profil a le niveau CEC {1}",
            AnyLevel = "tout niveau",
            Languages = Names("néerlandais", "allemand", "français", "anglais", "luxembourgeois", "polonais", "turc", "arabe", "espagnol", "italien", "portugais", "roumain"),
            Countries = CountryNames("aux Pays-Bas", "en Allemagne", "en Belgique", "au Luxembourg", "en France"),
        },
        ["en"] = new()
        {
            Culture = CultureInfo.GetCultureInfo("en-GB"),
            SameOccupation = "same occupation ({0})",
            RelatedOccupation = "related occupation: {0} (wanted: {1})",
            Distance = "{0} km from {1}",
            AbroadWork = "work across the border in {0}",
            LanguageMet = "speaks {0} {1} ({2} asked)",
            LanguageMetAnyLevel = "speaks {0} {1} (asked)",
            OptionalLanguage = "{0} is a plus and the profile has {1}",
            HoursFit = "hours fit ({0} a week)",
            Skills = "skills: {0}",
            EducationFit = "education fits (EQF {0})",
            AvailableFrom = "available from {0}",
            LanguageShort = "asks for {0} {1}; profile has {2}",
            LanguageMissing = "asks for {0}; profile does not speak {0}",
            TooFar = "{0} km from {1}; commutes at most {2} km",
            HoursOff = "{0} hours a week; profile wants {1}",
            EducationShort = "asks for education at EQF {0}; profile has EQF {1}",
            AnyLevel = "any level",
            Languages = Names("Dutch", "German", "French", "English", "Luxembourgish", "Polish", "Turkish", "Arabic", "Spanish", "Italian", "Portuguese", "Romanian"),
            Countries = CountryNames("the Netherlands", "Germany", "Belgium", "Luxembourg", "France"),
        },
    };

    public static IReadOnlyCollection<string> Supported => ByLanguage.Keys;

    public required CultureInfo Culture { get; init; }
    public required string SameOccupation { get; init; }
    public required string RelatedOccupation { get; init; }
    public required string Distance { get; init; }
    public required string AbroadWork { get; init; }
    public required string LanguageMet { get; init; }
    public required string LanguageMetAnyLevel { get; init; }
    public required string OptionalLanguage { get; init; }
    public required string HoursFit { get; init; }
    public required string Skills { get; init; }
    public required string EducationFit { get; init; }
    public required string AvailableFrom { get; init; }
    public required string LanguageShort { get; init; }
    public required string LanguageMissing { get; init; }
    public required string TooFar { get; init; }
    public required string HoursOff { get; init; }
    public required string EducationShort { get; init; }
    public required string AnyLevel { get; init; }
    public required IReadOnlyDictionary<string, string> Languages { get; init; }
    public required IReadOnlyDictionary<string, string> Countries { get; init; }

    /// <summary>The texts of <paramref name="language"/> (nl, de, fr, en), else English.</summary>
    public static MatchTexts For(string? language) =>
        language is not null && ByLanguage.TryGetValue(language, out var texts) ? texts : ByLanguage["en"];

    public string Format(string template, params object?[] arguments) => string.Format(Culture, template, arguments);

    public string Language(string code) => Languages.GetValueOrDefault(code) ?? code;

    public string Country(string code) => Countries.GetValueOrDefault(code) ?? code;

    public string Level(CefrLevel? level) => level?.ToString() ?? AnyLevel;

    public string Km(double km) => Math.Round(km).ToString("0", Culture);

    public string HoursText(decimal? min, decimal? max) =>
        min == max || max is null ? string.Format(Culture, "{0:0.#}", min ?? max) : string.Format(Culture, "{0:0.#}–{1:0.#}", min ?? 0, max);

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    private static Dictionary<string, string> Names(params string[] names) =>
        LanguageCodes.Zip(names).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

    private static Dictionary<string, string> CountryNames(params string[] names) =>
        CountryCodes.Zip(names).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
}
