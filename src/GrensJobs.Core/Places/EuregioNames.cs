namespace GrensJobs.Core.Places;

/// <summary>
/// The Euregios' own names in nl, de, fr and en (as the Euregios write them; EUREGIO and BENEGO keep theirs in
/// every language). <c>seeds/places/euregios.csv</c> maps the same ids to their NUTS-3 regions.
/// </summary>
public static class EuregioNames
{
    private static readonly Dictionary<string, string[]> Names = new(StringComparer.Ordinal)
    {
        // nl, de, fr, en
        [Euregios.EmsDollart] = ["Eems Dollard Regio", "Ems Dollart Region", "Région Ems Dollart", "Ems Dollart Region"],
        [Euregios.Euregio] = ["EUREGIO", "EUREGIO", "EUREGIO", "EUREGIO"],
        [Euregios.RheinWaal] = ["Euregio Rijn-Waal", "Euregio Rhein-Waal", "Eurégio Rhin-Waal", "Euregio Rhine-Waal"],
        [Euregios.RheinMaasNord] = ["euregio rijn-maas-noord", "euregio rhein-maas-nord", "Eurégio Rhin-Meuse-Nord", "Euregio Rhine-Meuse-North"],
        [Euregios.MaasRijn] = ["Euregio Maas-Rijn", "Euregio Maas-Rhein", "Eurégio Meuse-Rhin", "Euregio Meuse-Rhine"],
        [Euregios.Scheldemond] = ["Euregio Scheldemond", "Euregio Scheldemond", "Eurégio Scheldemond", "Euregio Scheldemond"],
        [Euregios.Benego] = ["BENEGO", "BENEGO", "BENEGO", "BENEGO"],
    };

    /// <summary>
    /// The name of Euregio <paramref name="id"/> in <paramref name="language"/> (nl, de, fr, en; anything else:
    /// English); the id itself when it is not one of <see cref="Euregios.All"/>.
    /// </summary>
    public static string For(string id, string? language)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Names.TryGetValue(id, out var names))
        {
            return id;
        }

        return language switch
        {
            "nl" => names[0],
            "de" => names[1],
            "fr" => names[2],
            _ => names[3],
        };
    }
}
