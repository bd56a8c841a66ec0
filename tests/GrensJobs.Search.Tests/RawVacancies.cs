using GrensJobs.Core.Vacancies;

namespace GrensJobs.Search.Tests;

/// <summary>Realistic raw vacancies from the border region (titles with gender markers, real places with postal codes).</summary>
internal static class RawVacancies
{
    public static RawLocation Venlo { get; } = new() { Text = "5911 Venlo", PostalCode = "5911", Place = "Venlo", Country = "NL", Lat = 51.3704, Lon = 6.1724 };
    public static RawLocation Kevelaer { get; } = new() { Text = "47623 Kevelaer", PostalCode = "47623", Place = "Kevelaer", Country = "DE", Lat = 51.583, Lon = 6.247 };
    public static RawLocation Straelen { get; } = new() { Text = "47638 Straelen", PostalCode = "47638", Place = "Straelen", Country = "DE", Lat = 51.4432, Lon = 6.2663 };
    public static RawLocation Nettetal { get; } = new() { Text = "41334 Nettetal", PostalCode = "41334", Place = "Nettetal", Country = "DE", Lat = 51.3167, Lon = 6.2833 };
    public static RawLocation Roermond { get; } = new() { Text = "6041 Roermond", PostalCode = "6041", Place = "Roermond", Country = "NL", Lat = 51.1942, Lon = 5.9870 };
    public static RawLocation Aachen { get; } = new() { Text = "52062 Aachen", PostalCode = "52062", Place = "Aachen", Country = "DE", Lat = 50.7753, Lon = 6.0839 };
    public static RawLocation Heerlen { get; } = new() { Text = "6411 Heerlen", PostalCode = "6411", Place = "Heerlen", Country = "NL", Lat = 50.8882, Lon = 5.9795 };
    public static RawLocation Liege { get; } = new() { Text = "4000 Liège", PostalCode = "4000", Place = "Liège", Country = "BE", Lat = 50.6326, Lon = 5.5797 };
    public static RawLocation Enschede { get; } = new() { Text = "7511 Enschede", PostalCode = "7511", Place = "Enschede", Country = "NL", Lat = 52.2215, Lon = 6.8937 };
    public static RawLocation Gronau { get; } = new() { Text = "48599 Gronau (Westf.)", PostalCode = "48599", Place = "Gronau", Country = "DE", Lat = 52.2125, Lon = 7.0417 };
    public static RawLocation Kleve { get; } = new() { Text = "47533 Kleve", PostalCode = "47533", Place = "Kleve", Country = "DE", Lat = 51.7885, Lon = 6.1386 };

    public static RawVacancy Lasser(string id, RawLocation? location = null) => new()
    {
        Id = id,
        Title = "Lasser (m/v/x) MIG/MAG",
        Employer = "Metaalbouw Venlo B.V.",
        Description = "Wij zoeken een ervaren lasser voor onze werkplaats. Je last constructies volgens tekening.",
        Location = location ?? Venlo,
        Language = "nl",
    };

    public static RawVacancy Schweisser(string id, RawLocation? location = null) => new()
    {
        Id = id,
        Title = "Schweißer (m/w/d) WIG",
        Employer = "Müller Stahlbau GmbH",
        Description = "Für unsere Fertigung suchen wir einen Schweißer. Sie schweißen Bauteile aus Edelstahl nach Zeichnung.",
        Location = location ?? Kevelaer,
        Language = "de",
    };

    public static RawVacancy Soudeur(string id, RawLocation? location = null) => new()
    {
        Id = id,
        Title = "Soudeur (h/f/x) TIG",
        Employer = "Ateliers Mosans SA",
        Description = "Nous recherchons un soudeur pour notre atelier de chaudronnerie.",
        Location = location ?? Liege,
        Language = "fr",
    };

    public static RawVacancy Verpleegkundige(string id, RawLocation? location = null) => new()
    {
        Id = id,
        Title = "Verpleegkundige (m/v/x) interne geneeskunde",
        Employer = "Zuyderland Medisch Centrum",
        Description = "Als verpleegkundige zorg je voor patiënten op de afdeling interne geneeskunde.",
        Location = location ?? Heerlen,
        Language = "nl",
    };

    public static RawVacancy Kraftfahrer(string id, RawLocation? location = null) => new()
    {
        Id = id,
        Title = "Berufskraftfahrer (m/w/d) CE Nahverkehr",
        Employer = "Spedition Hülsmann GmbH & Co. KG",
        Description = "Sie beliefern unsere Kunden in der Region mit dem Sattelzug.",
        Location = location ?? Aachen,
        Language = "de",
    };

    public static RawVacancy Elektriker(string id, RawLocation? location = null) => new()
    {
        Id = id,
        Title = "Elektriker (m/w/d) Gebäudetechnik",
        Employer = "Elektro Schäfer GmbH",
        Description = "Sie installieren elektrische Anlagen in Neubauten und führen Wartungen durch.",
        Location = location ?? Aachen,
        Language = "de",
    };

    /// <summary>One vacancy of each occupation above, in its own language and place (ids name occupation and place).</summary>
    public static IReadOnlyList<RawVacancy> OneOfEach() =>
    [
        Lasser("lasser-venlo"),
        Schweisser("schweisser-kevelaer"),
        Soudeur("soudeur-liege"),
        Verpleegkundige("verpleegkundige-heerlen"),
        Kraftfahrer("kraftfahrer-straelen", Straelen),
        Elektriker("elektriker-aachen"),
    ];
}
