using GrensJobs.Normalisation.Places;

namespace GrensJobs.Normalisation.Occupations;

/// <summary>
/// The regulated professions of NL, DE and BE (seeds/regulated/regulated_professions.csv): a row with only an ISCO-08
/// unit group regulates every occupation in it (nurses, 2221); a row with an ESCO concept URI regulates that concept.
/// </summary>
internal sealed class RegulatedProfessions
{
    private static readonly string[] CountryOrder = ["NL", "DE", "BE"];

    private readonly Dictionary<string, HashSet<string>> byIsco;
    private readonly Dictionary<string, HashSet<string>> byEscoUri;

    private RegulatedProfessions(Dictionary<string, HashSet<string>> byIsco, Dictionary<string, HashSet<string>> byEscoUri)
    {
        this.byIsco = byIsco;
        this.byEscoUri = byEscoUri;
    }

    /// <summary>Loads <c>regulated/regulated_professions.csv</c> (columns country, isco, escoUri, name, basis).</summary>
    public static RegulatedProfessions Load(string seedsDirectory)
    {
        var byIsco = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byEscoUri = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.ReadRows(Path.Combine(seedsDirectory, "regulated", "regulated_professions.csv")))
        {
            var (country, isco, escoUri) = (row[0], row[1], row[2]);
            if (escoUri.Length > 0)
            {
                Add(byEscoUri, escoUri, country);
            }
            else if (isco.Length > 0)
            {
                Add(byIsco, isco, country);
            }
        }

        return new RegulatedProfessions(byIsco, byEscoUri);
    }

    /// <summary>The countries (subset of NL, DE, BE, in that order) where the occupation is regulated.</summary>
    public IReadOnlyList<string> CountriesFor(string? escoUri, string? isco)
    {
        var fromIsco = isco is not null && byIsco.TryGetValue(isco, out var a) ? a : null;
        var fromUri = escoUri is not null && byEscoUri.TryGetValue(escoUri, out var b) ? b : null;
        if (fromIsco is null && fromUri is null)
        {
            return [];
        }

        return [.. CountryOrder.Where(c => (fromIsco?.Contains(c) ?? false) || (fromUri?.Contains(c) ?? false))];
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string country)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(country);
    }
}
