using System.Globalization;
using System.Text;

namespace GrensJobs.Corpus;

/// <summary>
/// Reads the border places from <c>seeds/places</c>: populated places (not city districts) of at least
/// <see cref="MinimumPopulation"/> inhabitants whose NUTS-3 region lies in a Euregio (<c>euregios.csv</c>), with a
/// postal code from <c>postal_codes.csv</c> where one is known, in file order (so the corpus stays deterministic).
/// </summary>
internal static class BorderPlacesCsv
{
    public const int MinimumPopulation = 2_000;

    /// <summary>The German-speaking Community of Belgium (NUTS-3 BE336), in case a place there is filed elsewhere.</summary>
    private const string EastBelgianNuts3 = "BE336";

    private static readonly HashSet<string> EastBelgianMunicipalities = new(
        ["Eupen", "Sankt Vith", "Saint-Vith", "Kelmis", "La Calamine", "Raeren", "Lontzen", "Bütgenbach", "Butgenbach",
         "Büllingen", "Bullange", "Amel", "Amblève", "Burg-Reuland", "Reuland"],
        StringComparer.Ordinal);

    /// <summary>GeoNames files East Belgian places under their French names; German postings use the German ones.</summary>
    private static readonly Dictionary<string, string> GermanNames = new(StringComparer.Ordinal)
    {
        ["Amblève"] = "Amel",
        ["Bullange"] = "Büllingen",
        ["Butgenbach"] = "Bütgenbach",
        ["La Calamine"] = "Kelmis",
        ["Saint-Vith"] = "Sankt Vith",
    };

    private const double PostalCodeNearbyKm = 3;

    public static IReadOnlyList<BorderPlace> Load(string seedsDirectory)
    {
        var folder = Path.Combine(seedsDirectory, "places");
        var euregioNuts3 = Rows(Path.Combine(folder, "euregios.csv"), "nuts3").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var postalCodes = PostalCodes(Path.Combine(folder, "postal_codes.csv"));

        var result = new List<BorderPlace>();
        foreach (var row in Rows(Path.Combine(folder, "places.csv"), "name", "country", "lat", "lon", "population", "nuts3", "feature"))
        {
            var (name, country, nuts3, feature) = (row[0], row[1], row[5], row[6]);
            if (!euregioNuts3.Contains(nuts3)
                || string.Equals(feature, "PPLX", StringComparison.Ordinal)
                || !int.TryParse(row[4], NumberStyles.None, CultureInfo.InvariantCulture, out var population)
                || population < MinimumPopulation)
            {
                continue;
            }

            var lat = double.Parse(row[2], CultureInfo.InvariantCulture);
            var lon = double.Parse(row[3], CultureInfo.InvariantCulture);
            var language = Language(country, nuts3, name);
            if (language == "de" && country == "BE" && GermanNames.TryGetValue(name, out var german))
            {
                name = german;
            }

            result.Add(new BorderPlace(name, PostalCode(postalCodes, country, name, lat, lon), country, lat, lon, language, population, nuts3));
        }

        return result;
    }

    /// <summary>NL → nl, DE → de; Belgium: Flemish arrondissements (BE2xx) nl, Walloon (BE3xx) fr, East Belgium de.</summary>
    internal static string Language(string country, string nuts3, string name) => country switch
    {
        "NL" => "nl",
        "DE" => "de",
        _ when string.Equals(nuts3, EastBelgianNuts3, StringComparison.Ordinal) || EastBelgianMunicipalities.Contains(name) => "de",
        _ when nuts3.StartsWith("BE2", StringComparison.Ordinal) || nuts3.StartsWith("BE1", StringComparison.Ordinal) => "nl",
        _ => "fr",
    };

    private static string? PostalCode(Dictionary<string, List<PostalCodeRow>> byCountry, string country, string name, double lat, double lon)
    {
        if (!byCountry.TryGetValue(country, out var codes))
        {
            return null;
        }

        var key = Fold(name);
        var named = codes.Where(c => string.Equals(c.FoldedPlace, key, StringComparison.Ordinal)).ToList();
        var pool = named.Count > 0 ? named : codes.Where(c => Kilometres(lat, lon, c.Lat, c.Lon) <= PostalCodeNearbyKm).ToList();
        return pool
            .OrderBy(c => Kilometres(lat, lon, c.Lat, c.Lon))
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => c.Code)
            .FirstOrDefault();
    }

    private static Dictionary<string, List<PostalCodeRow>> PostalCodes(string path) =>
        Rows(path, "country", "postal_code", "place", "lat", "lon")
            .Select(r => (Country: r[0], Row: new PostalCodeRow(
                r[1], Fold(r[2]), double.Parse(r[3], CultureInfo.InvariantCulture), double.Parse(r[4], CultureInfo.InvariantCulture))))
            .GroupBy(x => x.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Row).ToList(), StringComparer.Ordinal);

    /// <summary>The named columns of every data row, in that order.</summary>
    private static IEnumerable<string[]> Rows(string path, params string[] columns)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = CsvLine.Split(lines[0]);
        var indexes = columns.Select(c => CsvLine.Column(header, c, path)).ToArray();
        foreach (var line in lines.Skip(1))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                var fields = CsvLine.Split(line);
                yield return [.. indexes.Select(i => fields[i])];
            }
        }
    }

    /// <summary>Lower case without diacritics ("Liège" → "liege"), enough to match a place to its postal codes.</summary>
    private static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * 111.2;
        var dLon = (lon2 - lon1) * 111.2 * Math.Cos(lat1 * Math.PI / 180);
        return Math.Sqrt((dLat * dLat) + (dLon * dLon));
    }

    private sealed record PostalCodeRow(string Code, string FoldedPlace, double Lat, double Lon);
}
