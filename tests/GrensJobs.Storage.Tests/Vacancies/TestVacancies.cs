using System.Globalization;
using GrensJobs.Core.Languages;
using GrensJobs.Core.Occupations;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Storage.Tests.Vacancies;

/// <summary>Realistic normalised vacancies from the NL–DE–BE border region.</summary>
internal static class TestVacancies
{
    private static readonly OccupationMatch Welder = new(
        "http://data.europa.eu/esco/occupation/welder",
        "7212",
        new Dictionary<string, string>
        {
            ["nl"] = "lasser", ["de"] = "Schweißer/Schweißerin", ["fr"] = "soudeur/soudeuse", ["en"] = "welder",
        },
        0.93);

    public static Vacancy Schweisser(string id = "42", string source = "mueller-gmbh") => new()
    {
        Id = id,
        Source = source,
        Url = $"https://karriere.example.de/jobs/{id}",
        Title = "Schweißer (m/w/d) MIG/MAG",
        Employer = "Müller GmbH",
        Language = "de",
        Text = "Ihre Aufgaben\n- Schweißen von Baugruppen\nGute Deutschkenntnisse, Niederländisch von Vorteil",
        Occupation = Welder,
        Languages =
        [
            new LanguageRequirement("de", CefrLevel.B2, true, "gute Deutschkenntnisse"),
            new LanguageRequirement("nl", null, false, "Niederländisch von Vorteil"),
        ],
        Location = new VacancyLocation("Kevelaer", "47623", "DE", 51.583, 6.247, "DEA1B",
            [Euregios.RheinWaal, Euregios.RheinMaasNord]),
        Hours = new HoursRange(38, 40),
        Contract = ContractType.Permanent,
        Remote = RemoteMode.Onsite,
        Salary = new Salary(2900, 3400, "EUR", SalaryPeriod.Month),
        Regulated = ["DE"],
        Posted = new DateOnly(2026, 11, 2),
        ValidThrough = new DateOnly(2026, 12, 31),
    };

    public static Vacancy Soudeur(string id = "liege-7", string source = "forem") => new()
    {
        Id = id,
        Source = source,
        Title = "Soudeur (h/f/x) – Liège",
        Employer = "Ateliers de la Meuse SA",
        Language = "fr",
        Text = "Bonne maîtrise du français ; le néerlandais est un atout.",
        Occupation = Welder,
        Location = new VacancyLocation("Liège", "4000", "BE", 50.633, 5.567, "BE332", [Euregios.MaasRijn]),
        Contract = ContractType.Interim,
        Posted = new DateOnly(2026, 10, 20),
        ValidThrough = new DateOnly(2026, 11, 30),
    };

    public static Vacancy Verpleegkundige(string id, string source = "uwv") => new()
    {
        Id = id,
        Source = source,
        Title = string.Create(CultureInfo.InvariantCulture, $"Verpleegkundige (m/v/x) afdeling {id}"),
        Employer = "Zuyderland Medisch Centrum",
        Language = "nl",
        Text = "Je spreekt vloeiend Nederlands en hebt basiskennis Duits.",
        Location = new VacancyLocation("Heerlen", "6419", "NL", 50.888, 5.979, "NL423", [Euregios.MaasRijn]),
        Hours = new HoursRange(24, 36),
        Contract = ContractType.Temporary,
        Posted = new DateOnly(2026, 11, 10),
    };

    /// <summary><paramref name="count"/> distinct vacancies of one source, ids prefixed with <paramref name="prefix"/>.</summary>
    public static List<Vacancy> Many(int count, string source = "uwv", string prefix = "v") =>
        [.. Enumerable.Range(0, count).Select(i =>
            Verpleegkundige(string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}"), source))];
}
