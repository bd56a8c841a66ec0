using GrensJobs.Core.Languages;
using GrensJobs.Core.Profiles;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Matching.Feeds.Vdab;

/// <summary>A VDAB-style record → the canonical profile, by the rules of FORMATS-vdab.md.</summary>
internal static class VdabMapper
{
    private static readonly LevelWords Levels = new(
        ("basis", CefrLevel.A2),
        ("redelijk", CefrLevel.B1),
        ("goed", CefrLevel.B2),
        ("zeer goed", CefrLevel.C1),
        ("moedertaal", CefrLevel.C2));

    /// <summary>Flemish education levels → EQF (VKS).</summary>
    private static readonly Dictionary<string, int> EducationLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lager onderwijs"] = 1, ["secundair onderwijs 2de graad"] = 2, ["secundair onderwijs"] = 4,
        ["hoger beroepsonderwijs"] = 5, ["bachelor"] = 6, ["master"] = 7, ["doctoraat"] = 8,
    };

    public static JobseekerProfile Map(VdabRecord record) => new()
    {
        Id = FeedValues.Id(record.WerkzoekendeId, "werkzoekendeId"),
        DesiredOccupations = FeedValues.AtLeastOne(FeedValues.Items(record.Beroepen, "beroepen", Occupation), "beroepen"),
        Skills = FeedValues.Skills(record.Competenties, "competenties"),
        Languages = FeedValues.OnePerLanguage(FeedValues.Items(record.Talenkennis, "talenkennis", Language)),
        Home = record.Adres is { } adres
            ? FeedValues.Home(adres.Postcode, adres.Gemeente, adres.Land, "adres", ("postcode", "gemeente", "land"))
            : null,
        MaxCommuteKm = FeedValues.Kilometres(record.Mobiliteit?.MaxAfstandKm, "mobiliteit.maxAfstandKm"),
        HoursPerWeek = Hours(record),
        Education = FeedValues.Eqf(record.Studieniveau, "studieniveau", EducationLevels),
        AvailableFrom = FeedValues.Date(record.BeschikbaarVanaf, "beschikbaarVanaf"),
    };

    private static DesiredOccupation Occupation(VdabBeroep beroep, string path) => new()
    {
        Title = FeedValues.Title(beroep.Omschrijving, path + ".omschrijving"),
        NationalCode = FeedValues.NationalCode("competent", beroep.CompetentCode, path + ".competentCode"),
    };

    private static LanguageSkill Language(VdabTaalkennis kennis, string path) =>
        FeedValues.Skill(kennis.Taal, kennis.Niveau, path, "taal", "niveau", Levels);

    /// <summary>Explicit hours win; else voltijds 36–38 (Belgian full time), deeltijds 18–30, beide 18–38.</summary>
    private static HoursRange? Hours(VdabRecord record)
    {
        if (record.UrenPerWeek is { } uren && (uren.Min is not null || uren.Max is not null))
        {
            return FeedValues.Hours(uren.Min, uren.Max, "urenPerWeek.min", "urenPerWeek.max");
        }

        var regime = record.Arbeidsregime?.Trim();
        return regime switch
        {
            null or "" => null,
            _ when regime.Equals("voltijds", StringComparison.OrdinalIgnoreCase) => new HoursRange(36, 38),
            _ when regime.Equals("deeltijds", StringComparison.OrdinalIgnoreCase) => new HoursRange(18, 30),
            _ when regime.Equals("beide", StringComparison.OrdinalIgnoreCase) => new HoursRange(18, 38),
            _ => throw new FeedFieldException($"\"arbeidsregime\" must be \"voltijds\", \"deeltijds\" or \"beide\", got {FeedValues.Quoted(regime)}"),
        };
    }
}
