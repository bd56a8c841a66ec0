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

    public void Add(long bits) => Count(bits, 1);

    /// <summary>Takes a counted document out again (a hidden member of a dedup cluster).</summary>
    public void Remove(long bits) => Count(bits, -1);

    /// <summary>Adds the counts of <paramref name="other"/> (a counter of other segments).</summary>
    public void Add(FacetCounter other)
    {
        AddCounts(_countries, other._countries);
        AddCounts(_euregios, other._euregios);
        AddCounts(_isco2, other._isco2);
        AddCounts(_contracts, other._contracts);
        AddCounts(_hours, other._hours);
        AddCounts(_languages, other._languages);
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> ToFacets()
    {
        var isco1 = new long[10];
        for (var code = 0; code < 100; code++)
        {
            isco1[code / 10] += _isco2[code];
        }

        return new Dictionary<string, IReadOnlyDictionary<string, long>>(7, StringComparer.Ordinal)
        {
            ["country"] = Ordered(FacetCodes.CountryCodes, _countries),
            ["euregio"] = Ordered(FacetCodes.EuregioIds, _euregios),
            ["isco1"] = Ordered(IscoNames.Major, isco1),
            ["isco2"] = Ordered(IscoNames.SubMajor, _isco2),
            ["language"] = Ordered(FacetCodes.LanguageCodes, _languages),
            ["contract"] = Ordered(FacetCodes.ContractNames, _contracts),
            ["hours"] = InBandOrder(),
        };
    }

    private void Count(long bits, int delta)
    {
        AddMask(_countries, (uint)FacetCodes.CountryMask(bits), delta);
        AddMask(_euregios, (uint)FacetCodes.EuregioMask(bits), delta);
        AddMask(_languages, FacetCodes.LanguageMask(bits), delta);
        _isco2[FacetCodes.Isco2(bits)] += delta;
        _contracts[FacetCodes.Contract(bits)] += delta;
        _hours[FacetCodes.Hours(bits)] += delta;
    }

    /// <summary>Adds <paramref name="delta"/> for each set bit of <paramref name="mask"/> (this runs for every match).</summary>
    private static void AddMask(long[] counts, uint mask, int delta)
    {
        while (mask != 0)
        {
            counts[System.Numerics.BitOperations.TrailingZeroCount(mask)] += delta;
            mask &= mask - 1;
        }
    }

    private static void AddCounts(long[] counts, long[] other)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other[i];
        }
    }

    /// <summary>The non-zero counts of named values (unnamed ones are left out), largest first, ties by name.</summary>
    private static Dictionary<string, long> Ordered(IReadOnlyList<string> names, long[] counts)
    {
        var present = new List<int>(names.Count);
        for (var i = 0; i < names.Count && i < counts.Length; i++)
        {
            if (counts[i] > 0 && names[i].Length > 0)
            {
                present.Add(i);
            }
        }

        present.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : string.CompareOrdinal(names[a], names[b]));
        var result = new Dictionary<string, long>(present.Count, StringComparer.Ordinal);
        foreach (var i in present)
        {
            result[names[i]] = counts[i];
        }

        return result;
    }

    /// <summary>ISCO-08 major and sub-major group codes by number ("0".."9", "00".."99").</summary>
    private static class IscoNames
    {
        public static string[] Major { get; } = [.. Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))];

        public static string[] SubMajor { get; } = [.. Enumerable.Range(0, 100).Select(d => d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>Hours bands in their natural order, every band present.</summary>
    private Dictionary<string, long> InBandOrder()
    {
        var result = new Dictionary<string, long>(FacetCodes.HoursBands.Count, StringComparer.Ordinal);
        for (var band = 1; band < FacetCodes.HoursBands.Count; band++)
        {
            result[FacetCodes.HoursBands[band]] = _hours[band];
        }

        return result;
    }
}
