using System.Globalization;
using GrensJobs.Core.Places;

namespace GrensJobs.Normalisation.Places;

/// <summary>
/// The place seeds in memory: GeoNames places indexed by every folded local name, postal codes by (country, code),
/// and NUTS-3 → Euregio ids. Load once and share; instances are immutable and thread-safe.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly IReadOnlyList<string> NoEuregios = [];

    private readonly Dictionary<string, List<GazetteerPlace>> byName;
    private readonly Dictionary<(string Country, string Code), List<PostalCodeEntry>> byPostalCode;
    private readonly Dictionary<string, IReadOnlyList<string>> euregiosByNuts3;
    private readonly Dictionary<string, string> nuts3Names;
    private readonly GazetteerPlace[] places;

    private Gazetteer(
        GazetteerPlace[] places,
        Dictionary<string, List<GazetteerPlace>> byName,
        Dictionary<(string Country, string Code), List<PostalCodeEntry>> byPostalCode,
        Dictionary<string, IReadOnlyList<string>> euregiosByNuts3,
        Dictionary<string, string> nuts3Names)
    {
        this.places = places;
        this.byName = byName;
        this.byPostalCode = byPostalCode;
        this.euregiosByNuts3 = euregiosByNuts3;
        this.nuts3Names = nuts3Names;
    }

    public IReadOnlyList<GazetteerPlace> Places => places;

    /// <summary>Loads <c>places/places.csv</c>, <c>postal_codes.csv</c>, <c>nuts3.csv</c> and <c>euregios.csv</c>.</summary>
    public static Gazetteer Load(string seedsDirectory)
    {
        var dir = Path.Combine(seedsDirectory, "places");
        var placeList = new List<GazetteerPlace>(16_000);
        var byName = new Dictionary<string, List<GazetteerPlace>>(80_000, StringComparer.Ordinal);
        foreach (var row in SeedCsv.ReadRows(Path.Combine(dir, "places.csv")))
        {
            var place = new GazetteerPlace(
                int.Parse(row[0], CultureInfo.InvariantCulture),
                row[1],
                row[2],
                double.Parse(row[3], CultureInfo.InvariantCulture),
                double.Parse(row[4], CultureInfo.InvariantCulture),
                int.Parse(row[5], CultureInfo.InvariantCulture),
                row[6].Length == 0 ? null : row[6]);
            placeList.Add(place);
            AddName(byName, row[1], place);
            foreach (var alternate in row[8].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                AddName(byName, alternate, place);
            }
        }

        var byPostalCode = new Dictionary<(string, string), List<PostalCodeEntry>>(14_000);
        foreach (var row in SeedCsv.ReadRows(Path.Combine(dir, "postal_codes.csv")))
        {
            var entry = new PostalCodeEntry(
                row[0],
                row[1],
                row[2],
                double.Parse(row[3], CultureInfo.InvariantCulture),
                double.Parse(row[4], CultureInfo.InvariantCulture));
            if (!byPostalCode.TryGetValue((entry.Country, entry.Code), out var list))
            {
                byPostalCode[(entry.Country, entry.Code)] = list = [];
            }

            list.Add(entry);
        }

        var nuts3Names = new Dictionary<string, string>(500, StringComparer.Ordinal);
        foreach (var row in SeedCsv.ReadRows(Path.Combine(dir, "nuts3.csv")))
        {
            nuts3Names[row[0]] = row[1];
        }

        var euregioSets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.ReadRows(Path.Combine(dir, "euregios.csv")))
        {
            if (!euregioSets.TryGetValue(row[1], out var ids))
            {
                euregioSets[row[1]] = ids = [];
            }

            if (!ids.Contains(row[0], StringComparer.Ordinal))
            {
                ids.Add(row[0]);
            }
        }

        var euregiosByNuts3 = euregioSets.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<string>)[.. Euregios.All.Where(id => pair.Value.Contains(id, StringComparer.Ordinal))],
            StringComparer.Ordinal);
        return new Gazetteer([.. placeList], byName, byPostalCode, euregiosByNuts3, nuts3Names);
    }

    /// <summary>Places whose name or any alternate name folds to <paramref name="foldedName"/>.</summary>
    public IReadOnlyList<GazetteerPlace> FindByName(string foldedName) =>
        byName.TryGetValue(foldedName, out var list) ? list : [];

    /// <summary>The rows of a normalised postal code (NL: PC4 digits, DE: 5 digits, BE: 4 digits).</summary>
    public IReadOnlyList<PostalCodeEntry> FindPostalCode(string country, string code) =>
        byPostalCode.TryGetValue((country, code), out var list) ? list : [];

    /// <summary>Every Euregio (canonical ids, in <see cref="Euregios.All"/> order) whose area contains the NUTS-3 region.</summary>
    public IReadOnlyList<string> EuregiosFor(string? nuts3) =>
        nuts3 is not null && euregiosByNuts3.TryGetValue(nuts3, out var ids) ? ids : NoEuregios;

    /// <summary>The official name of a NUTS-3 region, or null.</summary>
    public string? Nuts3Name(string nuts3) => nuts3Names.GetValueOrDefault(nuts3);

    /// <summary>The nearest place within <paramref name="maxKm"/>, optionally only in one country.</summary>
    public GazetteerPlace? Nearest(double lat, double lon, double maxKm, string? country = null)
    {
        GazetteerPlace? best = null;
        var bestKm = maxKm;
        var latWindow = maxKm / 111.0;
        foreach (var place in places)
        {
            if (Math.Abs(place.Lat - lat) > latWindow || (country is not null && !string.Equals(place.Country, country, StringComparison.Ordinal)))
            {
                continue;
            }

            var km = GeoDistance.Kilometres(lat, lon, place.Lat, place.Lon);
            if (km <= bestKm)
            {
                bestKm = km;
                best = place;
            }
        }

        return best;
    }

    private static void AddName(Dictionary<string, List<GazetteerPlace>> byName, string name, GazetteerPlace place)
    {
        Add(NameKey.Of(name));
        var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
        if (parenthesis > 0)
        {
            Add(NameKey.Of(name.AsSpan(0, parenthesis)));
        }

        void Add(string key)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!byName.TryGetValue(key, out var list))
            {
                byName[key] = list = new List<GazetteerPlace>(1);
            }

            if (list.Count == 0 || !ReferenceEquals(list[^1], place))
            {
                list.Add(place);
            }
        }
    }
}
