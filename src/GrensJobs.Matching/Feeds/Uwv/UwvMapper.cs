using GrensJobs.Core.Profiles;

namespace GrensJobs.Matching.Feeds.Uwv;

/// <summary>A UWV-style record → the canonical profile, by the rules of FORMATS-uwv.md.</summary>
internal static class UwvMapper
{
    /// <summary>Dutch education levels → EQF (NLQF).</summary>
    private static readonly Dictionary<string, int> EducationLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["basisonderwijs"] = 1, ["vmbo"] = 2, ["mbo-1"] = 1, ["mbo-2"] = 2, ["mbo-3"] = 3, ["mbo-4"] = 4,
        ["havo"] = 4, ["vwo"] = 4, ["hbo-ad"] = 5, ["hbo-bachelor"] = 6, ["wo-bachelor"] = 6,
        ["hbo-master"] = 7, ["wo-master"] = 7, ["doctoraat"] = 8,
    };

    public static JobseekerProfile Map(UwvRecord record) => new()
    {
        Id = FeedValues.Id(record.ProfielId, "profielId"),
        DesiredOccupations = FeedValues.AtLeastOne(FeedValues.Items(record.GewensteBeroepen, "gewensteBeroepen", Occupation), "gewensteBeroepen"),
        Skills = FeedValues.Skills(record.Vaardigheden, "vaardigheden"),
        Languages = FeedValues.OnePerLanguage(FeedValues.Items(record.Talen, "talen", Language)),
        Home = Home(record.Woonplaats),
        MaxCommuteKm = FeedValues.Kilometres(record.MaxReisafstandKm, "maxReisafstandKm"),
        HoursPerWeek = FeedValues.Hours(record.UrenPerWeek?.Minimaal, record.UrenPerWeek?.Maximaal, "urenPerWeek.minimaal", "urenPerWeek.maximaal"),
        Education = FeedValues.Eqf(record.Opleidingsniveau, "opleidingsniveau", EducationLevels),
        AvailableFrom = FeedValues.Date(record.BeschikbaarPer, "beschikbaarPer"),
    };

    private static DesiredOccupation Occupation(UwvBeroep beroep, string path) => new()
    {
        Title = FeedValues.Title(beroep.Beroepsnaam, path + ".beroepsnaam"),
        NationalCode = FeedValues.NationalCode(
            FeedValues.Text(beroep.Codelijst, path + ".codelijst")?.ToLowerInvariant() ?? "bo", beroep.Beroepscode, path + ".beroepscode"),
    };

    /// <summary>The lower of the spoken and written levels (one given: that one).</summary>
    private static LanguageSkill Language(UwvTaal taal, string path)
    {
        var language = FeedValues.Language(taal.Taalcode, path + ".taalcode");
        var spoken = FeedValues.Cefr(taal.Mondeling, path + ".mondeling");
        var written = FeedValues.Cefr(taal.Schriftelijk, path + ".schriftelijk");
        var level = (spoken, written) switch
        {
            ({ } s, { } w) => s < w ? s : w,
            ({ } s, null) => s,
            (null, { } w) => w,
            _ => throw new FeedFieldException($"\"{path}\" needs a level in \"mondeling\" or \"schriftelijk\" (A1–C2)"),
        };
        return new LanguageSkill(language, level);
    }

    /// <summary>A Dutch postcode keeps its four digits only: the letters narrow it down to a street.</summary>
    private static ProfileHome? Home(UwvWoonplaats? woonplaats)
    {
        if (woonplaats is null)
        {
            return null;
        }

        var home = FeedValues.Home(woonplaats.Postcode, woonplaats.Plaatsnaam, woonplaats.Landcode, "woonplaats", ("postcode", "plaatsnaam", "landcode"));
        var digits = home.PostalCode is { } postcode ? new string([.. postcode.Where(char.IsAsciiDigit)]) : null;
        return digits is { Length: 0 }
            ? throw new FeedFieldException($"\"woonplaats.postcode\" must contain the postcode's digits, got {FeedValues.Quoted(home.PostalCode)}")
            : home with { PostalCode = digits };
    }
}
