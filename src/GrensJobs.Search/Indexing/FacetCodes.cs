using System.Numerics;
using GrensJobs.Core.Places;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// Packs a vacancy's facet values into one 64-bit doc value, so counting facets costs one read per matching document:
/// countries (bits 0–7, a set), Euregios (8–15, a set), ISCO sub-major group (16–22, 0–99, 127 = none), contract
/// (23–25), hours band (26–28), remote (29–30) and required languages (31–62, a set over <see cref="LanguageCodes"/>).
/// </summary>
internal static class FacetCodes
{
    public static IReadOnlyList<string> CountryCodes { get; } = ["NL", "DE", "BE", "LU", "FR", "GB", "PL", "OTHER"];

    public static IReadOnlyList<string> EuregioIds { get; } = Euregios.All;

    /// <summary>Required languages that get their own facet bit; the last one stands for every other language.</summary>
    public static IReadOnlyList<string> LanguageCodes { get; } =
    [
        "nl", "de", "fr", "en", "lb", "es", "it", "pt", "pl", "ro", "bg", "cs", "sk", "hu", "el", "tr",
        "ar", "ru", "uk", "sv", "da", "no", "fi", "et", "lv", "lt", "hr", "sl", "sr", "zh", "ja", "other",
    ];

    public static IReadOnlyList<string> ContractNames { get; } =
        ["", "permanent", "temporary", "interim", "freelance", "internship", "apprenticeship", "other"];

    public static IReadOnlyList<string> HoursBands { get; } = ["", "<24", "24-32", "32-40", ">40"];

    public static IReadOnlyList<string> RemoteNames { get; } = ["", "onsite", "hybrid", "remote"];

    public const int NoIsco2 = 127;

    private const int EuregioShift = 8;
    private const int Isco2Shift = 16;
    private const int ContractShift = 23;
    private const int HoursShift = 26;
    private const int RemoteShift = 29;
    private const int LanguageShift = 31;

    public static long Pack(
        IEnumerable<string> countries, IEnumerable<string> euregios, string? isco, ContractType? contract,
        HoursRange? hours, RemoteMode? remote, IEnumerable<string> requiredLanguages)
    {
        long bits = 0;
        foreach (var country in countries)
        {
            bits |= 1L << CountryIndex(country);
        }

        foreach (var euregio in euregios)
        {
            var index = IndexOf(EuregioIds, euregio);
            if (index >= 0)
            {
                bits |= 1L << (EuregioShift + index);
            }
        }

        var isco2 = isco is { Length: >= 2 } && char.IsAsciiDigit(isco[0]) && char.IsAsciiDigit(isco[1])
            ? ((isco[0] - '0') * 10) + (isco[1] - '0')
            : NoIsco2;
        bits |= (long)isco2 << Isco2Shift;
        bits |= (long)(contract is { } c ? (int)c + 1 : 0) << ContractShift;
        bits |= (long)HoursBand(hours) << HoursShift;
        bits |= (long)(remote is { } r ? (int)r + 1 : 0) << RemoteShift;
        foreach (var language in requiredLanguages)
        {
            bits |= 1L << (LanguageShift + LanguageIndex(language));
        }

        return bits;
    }

    public static int CountryMask(long bits) => (int)(bits & 0xFF);

    public static int EuregioMask(long bits) => (int)((bits >> EuregioShift) & 0xFF);

    public static int Isco2(long bits) => (int)((bits >> Isco2Shift) & 0x7F);

    public static int Contract(long bits) => (int)((bits >> ContractShift) & 0x7);

    public static int Hours(long bits) => (int)((bits >> HoursShift) & 0x7);

    public static int Remote(long bits) => (int)((bits >> RemoteShift) & 0x3);

    public static uint LanguageMask(long bits) => (uint)((bits >> LanguageShift) & 0xFFFFFFFF);

    /// <summary>The band of the upper bound of weekly hours: &lt;24, 24–32, 32–40, &gt;40; 0 when unknown.</summary>
    public static int HoursBand(HoursRange? hours)
    {
        var max = hours?.Max ?? hours?.Min;
        return max switch
        {
            null => 0,
            < 24 => 1,
            < 32 => 2,
            <= 40 => 3,
            _ => 4,
        };
    }

    public static IEnumerable<int> SetBits(uint mask)
    {
        while (mask != 0)
        {
            yield return BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
        }
    }

    private static int CountryIndex(string country)
    {
        var index = IndexOf(CountryCodes, country);
        return index >= 0 ? index : CountryCodes.Count - 1;
    }

    private static int LanguageIndex(string language)
    {
        var index = IndexOf(LanguageCodes, language);
        return index >= 0 ? index : LanguageCodes.Count - 1;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
