using GrensJobs.Search.Indexing;

namespace GrensJobs.Search.Querying;

/// <summary>Counts facet values from the packed <see cref="FacetCodes"/> of each counted document.</summary>
internal sealed class FacetCounter
{
    private readonly long[] _countries = new long[FacetCodes.CountryCodes.Count];
    private readonly long[] _euregios = new long[FacetCodes.EuregioIds.Count];
    private readonly long[] _isco2 = new long[128];
    private readonly long[] _contracts = new long[FacetCodes.ContractNames.Count];
    private readonly long[] _hours = new long[FacetCodes.HoursBands.Count];
    private readonly long[] _languages = new long[FacetCodes.LanguageCodes.Count];

    public void Add(long bits)
    {
        AddMask(_countries, (uint)FacetCodes.CountryMask(bits));
        AddMask(_euregios, (uint)FacetCodes.EuregioMask(bits));
        AddMask(_languages, FacetCodes.LanguageMask(bits));
        _isco2[FacetCodes.Isco2(bits)]++;
        _contracts[FacetCodes.Contract(bits)]++;
        _hours[FacetCodes.Hours(bits)]++;
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> ToFacets()
    {
        var isco1 = new long[10];
        var isco2 = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var code = 0; code < 100; code++)
        {
            if (_isco2[code] > 0)
            {
                isco1[code / 10] += _isco2[code];
                isco2[code.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)] = _isco2[code];
            }
        }

        return new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal)
        {
            ["country"] = Ordered(FacetCodes.CountryCodes, _countries),
            ["euregio"] = Ordered(FacetCodes.EuregioIds, _euregios),
            ["isco1"] = Ordered([.. Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))], isco1),
            ["isco2"] = Ordered(isco2),
            ["language"] = Ordered(FacetCodes.LanguageCodes, _languages),
            ["contract"] = Ordered(FacetCodes.ContractNames, _contracts),
            ["hours"] = InBandOrder(),
        };
    }

    /// <summary>Counts each set bit of <paramref name="mask"/> (inline: this runs for every counted match).</summary>
    private static void AddMask(long[] counts, uint mask)
    {
        while (mask != 0)
        {
            counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
            mask &= mask - 1;
        }
    }

    private static IReadOnlyDictionary<string, long> Ordered(IReadOnlyList<string> names, long[] counts) =>
        Ordered(names.Select((name, i) => (name, counts[i])).Where(p => p.name.Length > 0).ToDictionary(p => p.name, p => p.Item2, StringComparer.Ordinal));

    /// <summary>Non-zero counts, largest first (ties by name).</summary>
    private static IReadOnlyDictionary<string, long> Ordered(Dictionary<string, long> counts)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, count) in counts.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            result[name] = count;
        }

        return result;
    }

    /// <summary>Hours bands in their natural order, every band present.</summary>
    private Dictionary<string, long> InBandOrder()
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var band = 1; band < FacetCodes.HoursBands.Count; band++)
        {
            result[FacetCodes.HoursBands[band]] = _hours[band];
        }

        return result;
    }
}
