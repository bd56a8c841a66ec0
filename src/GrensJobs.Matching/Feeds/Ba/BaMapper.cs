using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Matching.Feeds.Ba;

/// <summary>A Bundesagentur-style record → the canonical profile, by the rules of FORMATS-ba.md.</summary>
internal static class BaMapper
{
    private static readonly LevelWords Levels = new(
        ("Grundkenntnisse", CefrLevel.A2),
        ("Erweiterte Kenntnisse", CefrLevel.B2),
        ("Expertenkenntnisse", CefrLevel.C1),
        ("Muttersprache", CefrLevel.C2));

    /// <summary>German school and vocational qualifications → EQF (DQR).</summary>
    private static readonly Dictionary<string, int> EducationLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ohne Abschluss"] = 1, ["Hauptschulabschluss"] = 2, ["Mittlere Reife"] = 3, ["Abitur"] = 4,
        ["Berufsausbildung"] = 4, ["Meister"] = 6, ["Techniker"] = 6, ["Bachelor"] = 6, ["Master"] = 7, ["Promotion"] = 8,
    };

    public static JobseekerProfile Map(BaRecord record) => new()
    {
        Id = FeedValues.Id(record.Refnr, "refnr"),
        DesiredOccupations = FeedValues.AtLeastOne(FeedValues.Items(record.Berufe, "berufe", Occupation), "berufe"),
        Skills = FeedValues.Skills(record.Kenntnisse, "kenntnisse"),
        Languages = FeedValues.OnePerLanguage(FeedValues.Items(record.Sprachkenntnisse, "sprachkenntnisse", Language)),
        Home = record.Wohnort is { } wohnort
            ? FeedValues.Home(wohnort.Plz, wohnort.Ort, wohnort.Land, "wohnort", ("plz", "ort", "land"))
            : null,
        MaxCommuteKm = FeedValues.Kilometres(record.Mobilitaet?.UmkreisKm, "mobilitaet.umkreisKm"),
        HoursPerWeek = Hours(record.Arbeitszeit),
        Education = FeedValues.Eqf(record.Bildungsabschluss, "bildungsabschluss", EducationLevels),
        AvailableFrom = FeedValues.Date(record.VerfuegbarAb, "verfuegbarAb"),
    };

    private static DesiredOccupation Occupation(BaBeruf beruf, string path) => new()
    {
        Title = FeedValues.Title(beruf.Bezeichnung, path + ".bezeichnung"),
        NationalCode = FeedValues.NationalCode("kldb2010", beruf.Kldb2010, path + ".kldb2010"),
    };

    private static LanguageSkill Language(BaSprachkenntnis kenntnis, string path) =>
        FeedValues.Skill(kenntnis.Sprache, kenntnis.Stufe, path, "sprache", "stufe", Levels);

    /// <summary>Explicit hours win; else full time 35–40, part time 15–30, both 15–40.</summary>
    private static HoursRange? Hours(BaArbeitszeit? arbeitszeit)
    {
        if (arbeitszeit is null)
        {
            return null;
        }

        if (arbeitszeit.StundenMin is not null || arbeitszeit.StundenMax is not null)
        {
            return FeedValues.Hours(arbeitszeit.StundenMin, arbeitszeit.StundenMax, "arbeitszeit.stundenMin", "arbeitszeit.stundenMax");
        }

        return (arbeitszeit.Vollzeit == true, arbeitszeit.Teilzeit == true) switch
        {
            (true, true) => new HoursRange(15, 40),
            (true, false) => new HoursRange(35, 40),
            (false, true) => new HoursRange(15, 30),
            _ => null,
        };
    }
}
